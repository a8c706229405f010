#include "CliCommandLine.h"

#include "RestStore.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sk {

namespace {

using Command = CliOptions::Command;

struct Grammar
{
    QStringList words; // "apps", "create"
    int names = 0;     // positional names after the words
    Command command;
    QStringList options; // the options it takes, besides the global ones
};

const QList<Grammar>& grammar()
{
    static const QList<Grammar> all = {
        {{QStringLiteral("apps"), QStringLiteral("list")}, 0, Command::AppsList, {}},
        {{QStringLiteral("apps"), QStringLiteral("show")}, 1, Command::AppsShow, {}},
        {{QStringLiteral("apps"), QStringLiteral("create")},
         1,
         Command::AppsCreate,
         {QStringLiteral("scope")}},
        {{QStringLiteral("apps"), QStringLiteral("rename")}, 2, Command::AppsRename, {}},
        {{QStringLiteral("apps"), QStringLiteral("set-scopes")},
         1,
         Command::AppsSetScopes,
         {QStringLiteral("scope")}},
        {{QStringLiteral("apps"), QStringLiteral("delete")},
         1,
         Command::AppsDelete,
         {QStringLiteral("yes")}},
        {{QStringLiteral("keys"), QStringLiteral("list")},
         0,
         Command::KeysList,
         {QStringLiteral("app"), QStringLiteral("expiring-within"), QStringLiteral("unused-for")}},
        {{QStringLiteral("keys"), QStringLiteral("create")},
         0,
         Command::KeysCreate,
         {QStringLiteral("app"), QStringLiteral("name"), QStringLiteral("expires-in")}},
        {{QStringLiteral("keys"), QStringLiteral("delete")},
         0,
         Command::KeysDelete,
         {QStringLiteral("app"), QStringLiteral("key"), QStringLiteral("yes")}},
        {{QStringLiteral("keys"), QStringLiteral("roll")},
         0,
         Command::KeysRoll,
         {QStringLiteral("app"), QStringLiteral("key"), QStringLiteral("grace"),
          QStringLiteral("name"), QStringLiteral("expires-in")}},
        {{QStringLiteral("export")}, 0, Command::Export, {QStringLiteral("format")}},
        {{QStringLiteral("audit")}, 0, Command::Audit, {QStringLiteral("limit")}},
        {{QStringLiteral("verify")}, 0, Command::Verify, {QStringLiteral("scope")}},
    };
    return all;
}

/// A whole number from `minimum` to `maximum`, or nothing.
std::optional<int> number(const QString& text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<qint64> CliCommandLine::parseDuration(const QString& text)
{
    static const QRegularExpression duration(QStringLiteral("^([0-9]{1,9})([smhd]?)$"));
    const QRegularExpressionMatch m = duration.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 scale = unit == QLatin1String("d")   ? 24 * 3600
                         : unit == QLatin1String("h") ? 3600
                         : unit == QLatin1String("m") ? 60
                                                      : 1;
    return n * scale;
}

CliCommandLine::Parse CliCommandLine::parse(const QStringList& arguments, CliOptions* options,
                                            QString* output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "scopekeeper-cli: scoped API apps and their keys, from scripts. It works on a local store "
        "(--database FILE, which must exist) or on a scopekeeper-server (--server URL, with the "
        "administrator token from SCOPEKEEPER_TOKEN, or else the one the console keeps in the "
        "keychain for that server).\n\n"
        "Commands:\n"
        "  apps list                         every app\n"
        "  apps show NAME                    one app and its keys\n"
        "  apps create NAME --scope ID...    a new app with these scopes\n"
        "  apps rename NAME NEW              renames an app\n"
        "  apps set-scopes NAME --scope ID...\n"
        "                                    replaces an app's scopes (its keys follow at once)\n"
        "  apps delete NAME [--yes]          deletes an app and every one of its keys\n"
        "  keys list [--app NAME] [--expiring-within DAYS] [--unused-for DAYS]\n"
        "                                    keys; those expiring within DAYS days, or not used\n"
        "                                    for DAYS days (never used and older than that)\n"
        "  keys create --app NAME --name NAME [--expires-in DAYS]\n"
        "                                    a new key (90 days unless said); its secret goes to\n"
        "                                    standard output, alone, and is never shown again\n"
        "  keys roll --app NAME --key NAME [--grace DURATION] [--name NAME] [--expires-in DAYS]\n"
        "                                    a new key in place of KEY, with its scopes (its\n"
        "                                    secret to standard output, alone); KEY stops after\n"
        "                                    DURATION (0, 90s, 30m, 1h, 24h, 7d; 24h unless\n"
        "                                    said; at most 30d and the key's expiry). The new\n"
        "                                    key is named “KEY (rolled DATE)” unless --name\n"
        "  keys delete --app NAME --key NAME [--yes]\n"
        "                                    deletes a key: services refuse it from then on\n"
        "  export --format csv|json [--output FILE]\n"
        "                                    the inventory: every key, and every app with no\n"
        "                                    keys (never a secret); to standard output unless "
        "FILE\n"
        "  audit [--limit N]                 the audit log, newest first (100 entries unless "
        "said)\n"
        "  verify --scope ID                 may the key read from standard input use scope ID?\n"
        "                                    Exit code 0 when it may, 1 when not\n\n"
        "Listings and changed apps go to standard output, as a table or, with --output json, as "
        "JSON; messages and questions go to standard error. Deleting asks first on a terminal "
        "unless --yes is given; when standard input is not a terminal it does not ask.\n"
        "Exit codes: 0 done, 1 refused or failed (the message names the field), 2 a usage "
        "error."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("The local store FILE (it must exist)."), tr("FILE"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The scopekeeper-server at URL (https; http only to "
                                       "loopback)."),
                                    tr("URL"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        tr("With --server: also trust the CA certificates in FILE (PEM) for that server."),
        tr("FILE"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        tr("table (default) or json; with export: the FILE to write (standard output when "
           "missing or -)."),
        tr("FORMAT|FILE"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Delete without asking."));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   tr("A scope id (repeat it for several scopes)."), tr("ID"));
    const QCommandLineOption app(QStringLiteral("app"), tr("The app, by name."), tr("NAME"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The new key's name."), tr("NAME"));
    const QCommandLineOption key(QStringLiteral("key"), tr("The key, by name."), tr("NAME"));
    const QCommandLineOption expiresIn(QStringLiteral("expires-in"),
                                       tr("The new key expires after DAYS days (default 90; at "
                                          "most a year)."),
                                       tr("DAYS"));
    const QCommandLineOption expiringWithin(
        QStringLiteral("expiring-within"),
        tr("Only keys that have not expired and expire within DAYS days."), tr("DAYS"));
    const QCommandLineOption unusedFor(QStringLiteral("unused-for"),
                                       tr("Only keys not used for DAYS days (and keys never used, "
                                          "created more than DAYS days ago)."),
                                       tr("DAYS"));
    const QCommandLineOption grace(
        QStringLiteral("grace"),
        tr("keys roll: how long the old key keeps working: 0, 90s, 30m, 1h, 24h, 7d (default "
           "24h; at most 30 days)."),
        tr("DURATION"));
    const QCommandLineOption format(QStringLiteral("format"), tr("export: csv or json."),
                                    tr("FORMAT"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), tr("audit: at most N entries (1 to 1000, default 100)."), tr("N"));
    parser.addOptions({database, server, caFile, outputOption, yes, scope, app, name, key,
                       expiresIn, expiringWithin, unusedFor, grace, format, limit});
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above."),
                                 tr("COMMAND [NAME...]"));

    const QString hint = tr("Run “scopekeeper-cli --help” for the commands and options.");
    const auto usage = [&](const QString& message) {
        *output = message + QLatin1Char('\n') + hint;
        return Parse::ExitFailure;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        *output = parser.helpText().trimmed();
        return Parse::ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        *output = QStringLiteral("scopekeeper-cli %1").arg(QString::fromLatin1(versionString()));
        return Parse::ExitSuccess;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("Give a command."));
    const Grammar* found = nullptr;
    for (const Grammar& g : grammar()) {
        if (positional.mid(0, g.words.size()) == g.words) {
            found = &g;
            break;
        }
    }
    if (!found) {
        return usage(tr("Unknown command “%1”.").arg(positional.mid(0, 2).join(QLatin1Char(' '))));
    }
    const QStringList names = positional.mid(found->words.size());
    if (names.size() != found->names) {
        return usage(tr("“%1” takes %2 name(s) after it, not %3.")
                         .arg(found->words.join(QLatin1Char(' ')))
                         .arg(found->names)
                         .arg(names.size()));
    }
    static const QSet<QString> global = {QStringLiteral("database"), QStringLiteral("server"),
                                         QStringLiteral("ca-file"), QStringLiteral("output")};
    for (const QString& option : parser.optionNames()) {
        if (!global.contains(option) && !found->options.contains(option)) {
            return usage(
                tr("--%1 does not go with “%2”.").arg(option, found->words.join(QLatin1Char(' '))));
        }
    }

    CliOptions o;
    o.command = found->command;
    if (parser.isSet(database) == parser.isSet(server))
        return usage(tr("Give either --database FILE or --server URL."));
    o.database = parser.value(database);
    if (parser.isSet(database) && o.database.isEmpty())
        return usage(tr("--database: give the store's file."));
    if (parser.isSet(server)) {
        o.server = QUrl(parser.value(server).trimmed(), QUrl::StrictMode);
        if (const std::optional<Error> bad = RestStore::checkUrl(o.server))
            return usage(QStringLiteral("--server: ") + bad->message());
    }
    if (parser.isSet(caFile) && !parser.isSet(server))
        return usage(tr("--ca-file goes with --server."));
    o.caFile = parser.value(caFile);
    if (o.command == Command::Export) {
        o.exportFile = parser.value(outputOption);
        // "--output json" means a format everywhere else: never write a file named so by
        // mistake ("./json" writes one).
        static const QSet<QString> formats = {QStringLiteral("csv"), QStringLiteral("json"),
                                              QStringLiteral("table")};
        if (formats.contains(o.exportFile.toLower())) {
            return usage(tr("export: --output takes the FILE to write (“./%1” for a file named "
                            "so); the format is --format csv|json.")
                             .arg(o.exportFile));
        }
        o.exportFormat = parser.value(format).trimmed().toLower();
        if (o.exportFormat != QLatin1String("csv") && o.exportFormat != QLatin1String("json"))
            return usage(tr("export: give --format csv or --format json."));
    } else if (parser.isSet(outputOption)) {
        const QString value = parser.value(outputOption).trimmed().toLower();
        if (value != QLatin1String("table") && value != QLatin1String("json"))
            return usage(
                tr("--output: “%1” is not table or json.").arg(parser.value(outputOption)));
        o.json = value == QLatin1String("json");
    }
    o.yes = parser.isSet(yes);
    o.scopes = parser.values(scope);
    if (found->names >= 1)
        o.app = names.at(0);
    else
        o.app = parser.value(app);
    if (found->names >= 2)
        o.newName = names.at(1);

    switch (o.command) {
    case Command::KeysCreate:
        if (!parser.isSet(app) || !parser.isSet(name))
            return usage(tr("keys create: give --app NAME and --name NAME."));
        o.keyName = parser.value(name);
        if (parser.isSet(expiresIn)) {
            const std::optional<int> days = number(parser.value(expiresIn), 1, 100000);
            if (!days)
                return usage(
                    tr("--expires-in: “%1” is not a number of days.").arg(parser.value(expiresIn)));
            o.expiresInDays = *days;
        }
        break;
    case Command::KeysRoll:
        if (!parser.isSet(app) || !parser.isSet(key))
            return usage(tr("keys roll: give --app NAME and --key NAME."));
        o.keyName = parser.value(key);
        if (parser.isSet(name))
            o.rolledName = parser.value(name);
        if (parser.isSet(grace)) {
            const std::optional<qint64> seconds = parseDuration(parser.value(grace));
            if (!seconds) {
                return usage(tr("--grace: “%1” is not a duration; give 0, 90s, 30m, 1h, 24h or "
                                "7d.")
                                 .arg(parser.value(grace)));
            }
            o.graceSeconds = *seconds;
        }
        if (parser.isSet(expiresIn)) {
            const std::optional<int> days = number(parser.value(expiresIn), 1, 100000);
            if (!days)
                return usage(
                    tr("--expires-in: “%1” is not a number of days.").arg(parser.value(expiresIn)));
            o.expiresInDays = *days;
        }
        break;
    case Command::KeysDelete:
        if (!parser.isSet(app) || !parser.isSet(key))
            return usage(tr("keys delete: give --app NAME and --key NAME."));
        o.keyName = parser.value(key);
        break;
    case Command::KeysList:
        for (const auto& [option, target] :
             {std::pair{&expiringWithin, &o.expiringWithinDays}, {&unusedFor, &o.unusedForDays}}) {
            if (!parser.isSet(*option))
                continue;
            *target = number(parser.value(*option), 0, 100000);
            if (!*target) {
                return usage(tr("--%1: “%2” is not a number of days.")
                                 .arg(option->names().constFirst(), parser.value(*option)));
            }
        }
        break;
    case Command::Audit:
        if (parser.isSet(limit)) {
            const std::optional<int> n = number(parser.value(limit), 1, 1000);
            if (!n)
                return usage(
                    tr("--limit: “%1” is not a number from 1 to 1000.").arg(parser.value(limit)));
            o.auditLimit = *n;
        }
        break;
    case Command::Verify:
        if (o.scopes.size() != 1)
            return usage(tr("verify: give one --scope ID; the key is read from standard input."));
        o.verifyScope = o.scopes.constFirst();
        break;
    default:
        break;
    }
    *options = o;
    return Parse::Run;
}

} // namespace sk
