// scopekeeper-bench-rest: the console's load over the REST API, against the same load from the
// local file, in the same run (run by bench_console_server.sh).
//
//   scopekeeper-bench-rest --server URL --database FILE [--repeats N] [--keys] < token
//
// Reads the administrator token from the first line of standard input (never from the command
// line or the environment); it is kept in memory only and never printed.
//
// Each repeat, in turns: a new RestStore on URL, open() + listApps() (every app, following
// next_cursor); then a new SqlStore on FILE (the same store the server serves), open() +
// listApps(). With --keys, listAllKeys() is timed too on each, and the "API Keys" page as the
// console loads it when it is first shown (not at start): a KeyListModel of every key, page
// after page, behind the page's filter sorted by app; timed to its first rows shown (the first
// rowsInserted) and to the last page (loaded, no longer loading).
#include "KeyFilterProxyModel.h"
#include "KeyListModel.h"
#include "RestStore.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

using namespace sk;

namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "scopekeeper-bench-rest: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T require(Result<T> result, const QString& what)
{
    if (!result.ok())
        fail(what + QStringLiteral(": ") + result.error().toString());
    return std::move(result).value();
}

struct Series
{
    QList<double> ms;
    QString summary() const
    {
        QList<double> v = ms;
        std::sort(v.begin(), v.end());
        if (v.isEmpty())
            return QStringLiteral("-");
        const qsizetype n = v.size();
        const double median = n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
        return QStringLiteral("median %1 ms (min %2, max %3)")
            .arg(median, 0, 'f', 1)
            .arg(v.constFirst(), 0, 'f', 1)
            .arg(v.constLast(), 0, 'f', 1);
    }
};

struct Timings
{
    Series open, list, total, keys, pageFirst, pageAll;
    qsizetype apps = 0;
    qsizetype keyCount = 0;
    qsizetype pageRows = 0;
};

double msSince(const QElapsedTimer& timer, qint64 fromNs)
{
    return double(timer.nsecsElapsed() - fromNs) / 1e6;
}

// The "API Keys" page as the console loads it (KeysPage): every key through KeyListModel,
// behind the page's filter sorted by app. Times the first rows shown and the last page.
void measurePage(Store& store, Timings* t)
{
    KeyListModel model(&store, KeyListModel::AllKeysLayout);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(KeyListModel::AllKeysAppColumn, Qt::AscendingOrder);
    QEventLoop loop;
    QElapsedTimer timer;
    qint64 first = -1;
    std::optional<Error> failure;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (first < 0)
            first = timer.nsecsElapsed();
    });
    QObject::connect(&model, &KeyListModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &KeyListModel::loadFailed, &loop, [&](const Error& error) {
        failure = error;
        loop.quit();
    });
    timer.start();
    model.reload();
    loop.exec();
    const qint64 all = timer.nsecsElapsed();
    if (failure)
        fail(QStringLiteral("loading the API Keys page: ") + failure->toString());
    if (model.isLoading() || proxy.rowCount() != model.rowCount())
        fail(QStringLiteral("the API Keys page did not show every key"));
    t->pageFirst.ms << double(first >= 0 ? first : all) / 1e6; // no key: nothing before the end
    t->pageAll.ms << double(all) / 1e6;
    t->pageRows = model.rowCount();
}

void measure(Store& store, Timings* t, bool keys, const QString& what)
{
    QElapsedTimer timer;
    timer.start();
    require(waitFor(store.open()), QStringLiteral("opening ") + what);
    const qint64 opened = timer.nsecsElapsed();
    const QList<App> apps = require(waitFor(store.listApps()), QStringLiteral("listing apps"));
    const qint64 listed = timer.nsecsElapsed();
    t->open.ms << double(opened) / 1e6;
    t->list.ms << double(listed - opened) / 1e6;
    t->total.ms << double(listed) / 1e6;
    t->apps = apps.size();
    if (keys) {
        const qint64 before = timer.nsecsElapsed();
        const QList<ApiKey> all =
            require(waitFor(store.listAllKeys()), QStringLiteral("listing keys"));
        t->keys.ms << msSince(timer, before);
        t->keyCount = all.size();
        measurePage(store, t);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times RestStore::listApps() of every app against SqlStore on the same "
                       "store. The admin token is read from standard input."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("server"), QStringLiteral("The server's URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("The store file the server serves (the local baseline)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Runs of each."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("keys"), QStringLiteral("Time listAllKeys() and the API Keys page too.")});
    parser.process(app);
    const QUrl url(parser.value(QStringLiteral("server")));
    const QString database = parser.value(QStringLiteral("database"));
    const int repeats = std::max(1, parser.value(QStringLiteral("repeats")).toInt());
    const bool keys = parser.isSet(QStringLiteral("keys"));
    if (url.isEmpty() || database.isEmpty())
        fail(QStringLiteral("--server URL and --database FILE are needed"));

    std::string line;
    std::getline(std::cin, line);
    QString token = QString::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    if (token.isEmpty())
        fail(QStringLiteral("no token on standard input"));

    Timings rest, local;
    for (int r = 0; r < repeats; ++r) {
        {
            RestStoreOptions options;
            options.baseUrl = url;
            options.token = token;
            options.timeoutMs = 60000;
            RestStore store(options);
            measure(store, &rest, keys, url.toString());
        }
        {
            SqlStoreOptions options;
            options.sqlitePath = database;
            options.createIfMissing = false;
            options.actor = QStringLiteral("bench");
            SqlStore store(options);
            measure(store, &local, keys, database);
        }
    }
    token.fill(QLatin1Char('\0'));

    QTextStream out(stdout);
    out << "scopekeeper-bench-rest: " << repeats << " runs each, interleaved (REST, local, …)"
        << Qt::endl;
    out << "  REST  open():       " << rest.open.summary() << Qt::endl;
    out << "  REST  listApps():   " << rest.list.summary() << " — " << rest.apps << " apps"
        << Qt::endl;
    out << "  REST  open + list:  " << rest.total.summary() << Qt::endl;
    out << "  local open():       " << local.open.summary() << Qt::endl;
    out << "  local listApps():   " << local.list.summary() << " — " << local.apps << " apps"
        << Qt::endl;
    out << "  local open + list:  " << local.total.summary() << Qt::endl;
    if (keys) {
        out << "  REST  listAllKeys(): " << rest.keys.summary() << " — " << rest.keyCount << " keys"
            << Qt::endl;
        out << "  local listAllKeys(): " << local.keys.summary() << " — " << local.keyCount
            << " keys" << Qt::endl;
        out << "  REST  API Keys page, first rows: " << rest.pageFirst.summary() << Qt::endl;
        out << "  REST  API Keys page, all rows:   " << rest.pageAll.summary() << " — "
            << rest.pageRows << " keys" << Qt::endl;
        out << "  local API Keys page, first rows: " << local.pageFirst.summary() << Qt::endl;
        out << "  local API Keys page, all rows:   " << local.pageAll.summary() << " — "
            << local.pageRows << " keys" << Qt::endl;
    }
    // Machine-readable lines for the driver script.
    const auto raw = [&out](const char* name, const Series& s) {
        out << "RAW " << name;
        for (double v : s.ms)
            out << ' ' << QString::number(v, 'f', 3);
        out << Qt::endl;
    };
    raw("rest_open", rest.open);
    raw("rest_list", rest.list);
    raw("rest_total", rest.total);
    raw("local_open", local.open);
    raw("local_list", local.list);
    raw("local_total", local.total);
    if (keys) {
        raw("rest_keys", rest.keys);
        raw("local_keys", local.keys);
        raw("rest_page_first", rest.pageFirst);
        raw("rest_page_all", rest.pageAll);
        raw("local_page_first", local.pageFirst);
        raw("local_page_all", local.pageAll);
    }
    return 0;
}
