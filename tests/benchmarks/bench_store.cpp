// scopekeeper-bench-store: figures for SqlStore on SQLite, measured through the public,
// asynchronous Store API.
//
//   scopekeeper-bench-store [--database FILE [--reuse]] [--apps N] [--keys N] [--sample N]
//                           [--calls N] [--pipeline N] [--repeats N] [--build-window N]
//
// 1. Builds a store of N apps and M keys (createApp / createKey, one transaction each), or
//    reuses one built before (--reuse).
// 2. Opens it cold (a new SqlStore: open() + listApps()) several times.
// 3. Times listAllKeys() on an open store.
// 4. Verifies keys through the async API: sequentially (waitFor each) and pipelined (up to
//    --pipeline futures issued before waiting for the oldest), with a mix of valid / forbidden
//    scope / not found; and, as a baseline, the trivial round trip store.catalog() in the same
//    two ways.
// 5. Prints the file sizes (main file, -wal, -shm), and checks that no well-formed secret is in
//    the files.
//
// Only the secrets of a sample of keys are kept, in memory, for step 4. They are never printed
// or written anywhere.
#include "Catalog.h"
#include "KeyFormat.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

using namespace sk;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString& what, const Error& error = {})
{
    QTextStream err(stderr);
    err << "scopekeeper-bench-store: " << what;
    if (!error.message().isEmpty())
        err << ": " << error.toString();
    err << Qt::endl;
    std::exit(1);
}

template <typename T> T require(Result<T> result, const QString& what)
{
    if (!result.ok())
        fail(what, result.error());
    return std::move(result).value();
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString thousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB (%2 bytes)").arg(fixed(double(bytes) / 1e6, 1), thousands(bytes));
}

struct Stats
{
    double min = 0;
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    Stats s;
    if (values.isEmpty())
        return s;
    s.min = values.constFirst();
    s.max = values.constLast();
    const qsizetype n = values.size();
    s.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return s;
}

QString cpuModel()
{
    // /proc files report a size of 0: read them whole, not up to atEnd().
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("model name")))
                return line.section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString sqliteVersion()
{
    QString version = QStringLiteral("unknown");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return version;
}

qint64 fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// Well-formed secrets (prefix, 49 base62 characters and a matching checksum) anywhere in the
// store's files. The store keeps display prefixes ("spk_" + 4) next to hex hashes, which look like
// secrets to a pattern but fail the checksum.
int secretsOnDisk(const QString& path)
{
    int found = 0;
    for (const QString& name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        for (qsizetype at = data.indexOf("spk_"); at >= 0; at = data.indexOf("spk_", at + 1)) {
            if (at + KeyFormat::SecretLength > data.size())
                break;
            const QString candidate = QString::fromLatin1(data.mid(at, KeyFormat::SecretLength));
            if (KeyFormat::isWellFormed(candidate))
                ++found;
        }
    }
    return found;
}

void printFileSizes(const QString& path, const QString& when)
{
    const qint64 main = fileSize(path);
    const qint64 wal = fileSize(path + QStringLiteral("-wal"));
    const qint64 shm = fileSize(path + QStringLiteral("-shm"));
    out() << "  " << when << ": main " << megabytes(main) << ", -wal " << megabytes(wal)
          << ", main + wal " << megabytes(main + wal) << ", -shm " << thousands(shm) << " bytes"
          << Qt::endl;
    const int secrets = secretsOnDisk(path);
    out() << "    well-formed secrets found in the main file and -wal: " << secrets << Qt::endl;
    if (secrets > 0)
        fail(QStringLiteral("the store's files hold %1 secrets").arg(secrets));
}

SqlStoreOptions storeOptions(const QString& path)
{
    SqlStoreOptions options;
    options.driver = SqlStoreOptions::Driver::Sqlite;
    options.sqlitePath = path;
    options.actor = QStringLiteral("bench");
    return options;
}

// An app's scopes: three of the catalog's, and one it does not have (for FORBIDDEN_SCOPE).
QStringList scopesFor(const QStringList& all, qsizetype app)
{
    const qsizetype n = all.size();
    return {all.at(app % n), all.at((app + 3) % n), all.at((app + 7) % n)};
}

QString forbiddenScopeFor(const QStringList& all, const QStringList& appScopes)
{
    for (const QString& s : all) {
        if (!appScopes.contains(s))
            return s;
    }
    return QStringLiteral("no-such-scope");
}

struct SampleKey
{
    QString secret; // in memory only
    QString allowedScope;
    QString forbiddenScope;
};

struct Options
{
    QString database;
    bool reuse = false;
    int apps = 10000;
    int keys = 100000;
    int sample = 1000;
    int calls = 30000;
    int pipeline = 1000;
    int repeats = 5;
    int buildWindow = 1;
};

int intOption(const QCommandLineParser& parser, const QString& name, int minimum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        fail(QStringLiteral("--%1 must be a whole number of at least %2").arg(name).arg(minimum));
    return value;
}

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures SqlStore on SQLite through the asynchronous Store API."));
    parser.addHelpOption();
    const auto add = [&](const QString& name, const QString& help, const QString& value,
                         const QString& defaultValue) {
        parser.addOption(QCommandLineOption(name, help, value, defaultValue));
    };
    add(QStringLiteral("database"),
        QStringLiteral("The store file (default: a new file in a temporary folder, removed at "
                       "the end)."),
        QStringLiteral("FILE"), QString());
    parser.addOption(QCommandLineOption(
        QStringLiteral("reuse"),
        QStringLiteral("Use the store in --database as it is, if it exists, instead of "
                       "building it. The sample keys are replaced (deleted and created again).")));
    add(QStringLiteral("apps"), QStringLiteral("Apps to create."), QStringLiteral("N"),
        QStringLiteral("10000"));
    add(QStringLiteral("keys"), QStringLiteral("Keys to create, spread evenly over the apps."),
        QStringLiteral("N"), QStringLiteral("100000"));
    add(QStringLiteral("sample"),
        QStringLiteral("Keys whose secrets are kept in memory for the verify phase."),
        QStringLiteral("N"), QStringLiteral("1000"));
    add(QStringLiteral("calls"),
        QStringLiteral("Calls per verify or baseline measurement, over all rounds."),
        QStringLiteral("N"), QStringLiteral("30000"));
    add(QStringLiteral("pipeline"),
        QStringLiteral("Futures issued before waiting, when pipelined."), QStringLiteral("N"),
        QStringLiteral("1000"));
    add(QStringLiteral("repeats"),
        QStringLiteral("Cold opens and listAllKeys() calls to time; rounds of round trips."),
        QStringLiteral("N"), QStringLiteral("5"));
    add(QStringLiteral("build-window"),
        QStringLiteral("Create calls in flight while building (1: one at a time)."),
        QStringLiteral("N"), QStringLiteral("1"));
    parser.process(app);

    Options o;
    o.database = parser.value(QStringLiteral("database"));
    o.reuse = parser.isSet(QStringLiteral("reuse"));
    o.apps = intOption(parser, QStringLiteral("apps"), 1);
    o.keys = intOption(parser, QStringLiteral("keys"), 1);
    o.sample = intOption(parser, QStringLiteral("sample"), 1);
    o.calls = intOption(parser, QStringLiteral("calls"), 3);
    o.pipeline = intOption(parser, QStringLiteral("pipeline"), 1);
    o.repeats = intOption(parser, QStringLiteral("repeats"), 1);
    o.buildWindow = intOption(parser, QStringLiteral("build-window"), 1);
    o.sample = std::min(o.sample, o.keys);
    if (o.reuse && o.database.isEmpty())
        fail(QStringLiteral("--reuse needs --database FILE"));
    return o;
}

// Runs `make(i)` for i in [0, count), keeping at most `window` calls in flight, and hands every
// answer to `take(i, result)` in order.
template <typename T, typename Make, typename Take>
void pipelined(int count, int window, Make make, Take take)
{
    QList<QFuture<Result<T>>> inFlight;
    int next = 0;
    int done = 0;
    while (done < count) {
        while (next < count && next - done < window)
            inFlight << make(next++);
        take(done, waitFor(inFlight.takeFirst()));
        ++done;
    }
}

// Builds the store; returns the sample keys.
QList<SampleKey> build(SqlStore& store, const Options& o)
{
    const Catalog catalog =
        require(waitFor(store.catalog()), QStringLiteral("reading the catalog"));
    const QStringList all = catalog.scopeIds();
    const QDateTime expires = systemNow().addDays(300);

    QList<QString> appIds(o.apps);
    QElapsedTimer timer;
    timer.start();
    pipelined<App>(
        o.apps, o.buildWindow,
        [&](int i) {
            return store.createApp(NewApp{
                QStringLiteral("Bench app %1").arg(i, 5, 10, QLatin1Char('0')), scopesFor(all, i)});
        },
        [&](int i, Result<App> r) {
            appIds[i] = require(std::move(r), QStringLiteral("creating app %1").arg(i)).id;
        });
    const qint64 appsNs = timer.nsecsElapsed();

    // Every (keys / sample)-th key is a sample key.
    const int stride = std::max(1, o.keys / o.sample);
    QList<SampleKey> sample;
    sample.reserve(o.sample);
    timer.restart();
    pipelined<CreatedKey>(
        o.keys, o.buildWindow,
        [&](int j) {
            return store.createKey(appIds.at(j % o.apps),
                                   NewKey{QStringLiteral("Key %1").arg(j / o.apps), expires});
        },
        [&](int j, Result<CreatedKey> r) {
            CreatedKey created = require(std::move(r), QStringLiteral("creating key %1").arg(j));
            if (j % stride == 0 && sample.size() < o.sample) {
                const QStringList scopes = scopesFor(all, j % o.apps);
                sample << SampleKey{created.secret, scopes.constFirst(),
                                    forbiddenScopeFor(all, scopes)};
            }
        });
    const qint64 keysNs = timer.nsecsElapsed();

    out() << "Build (createApp / createKey through the async API, one transaction each, "
          << (o.buildWindow == 1 ? QStringLiteral("one call at a time")
                                 : QStringLiteral("up to %1 calls in flight").arg(o.buildWindow))
          << ")" << Qt::endl;
    out() << "  apps: " << thousands(o.apps) << " in " << fixed(seconds(appsNs), 1)
          << " s = " << fixed(o.apps / seconds(appsNs), 0) << " createApp/s" << Qt::endl;
    out() << "  keys: " << thousands(o.keys) << " in " << fixed(seconds(keysNs), 1)
          << " s = " << fixed(o.keys / seconds(keysNs), 0) << " createKey/s" << Qt::endl;
    out() << "  total: " << fixed(seconds(appsNs + keysNs), 1) << " s" << Qt::endl;
    return sample;
}

// For --reuse: replaces `count` keys spread over the store by new ones of the same name in the
// same app, so that their secrets are known. The store keeps its size.
QList<SampleKey> replaceSample(SqlStore& store, int count)
{
    const Catalog catalog =
        require(waitFor(store.catalog()), QStringLiteral("reading the catalog"));
    const QStringList all = catalog.scopeIds();
    QElapsedTimer timer;
    timer.start();
    const QList<App> apps = require(waitFor(store.listApps()), QStringLiteral("listing apps"));
    const QList<ApiKey> keys =
        require(waitFor(store.listAllKeys()), QStringLiteral("listing keys"));
    if (keys.isEmpty())
        fail(QStringLiteral("the store to reuse has no keys"));
    QHash<QString, QStringList> scopesByApp;
    for (const App& a : apps)
        scopesByApp.insert(a.id, a.scopes);

    const QDateTime expires = systemNow().addDays(300);
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const qsizetype stride = std::max<qsizetype>(1, keys.size() / count);
    QList<SampleKey> sample;
    int added = 0;
    for (qsizetype i = 0; i < keys.size() && sample.size() < count; i += stride) {
        const ApiKey& old = keys.at(i);
        QString name = old.name;
        if (const Result<Done> deleted = waitFor(store.deleteKey(old.appId, old.id));
            !deleted.ok()) {
            // Keep going without the delete: add a key of another name, and say so.
            if (added == 0) {
                out() << "  note: deleteKey failed (" << deleted.error().toString()
                      << "); sample keys are added instead of replaced, so the store grows"
                      << Qt::endl;
            }
            ++added;
            name = QStringLiteral("Bench sample %1-%2").arg(stamp).arg(i);
        }
        CreatedKey created = require(waitFor(store.createKey(old.appId, NewKey{name, expires})),
                                     QStringLiteral("creating a key"));
        const QStringList scopes = scopesByApp.value(old.appId);
        sample << SampleKey{created.secret, scopes.value(0), forbiddenScopeFor(all, scopes)};
    }
    out() << "Reused store: " << thousands(apps.size()) << " apps, " << thousands(keys.size())
          << " keys; " << sample.size() << " sample keys "
          << (added ? QStringLiteral("added (%1 more keys now)").arg(added)
                    : QStringLiteral("replaced"))
          << " in " << fixed(seconds(timer.nsecsElapsed()), 1) << " s" << Qt::endl;
    return sample;
}

void coldOpens(const QString& path, const Options& o)
{
    QList<double> openMs, listMs, totalMs, closeMs;
    qsizetype apps = 0;
    qint64 keys = 0;
    for (int r = 0; r < o.repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        auto store = std::make_unique<SqlStore>(storeOptions(path));
        require(waitFor(store->open()), QStringLiteral("opening the store"));
        const qint64 opened = timer.nsecsElapsed();
        const QList<App> list = require(waitFor(store->listApps()), QStringLiteral("listing apps"));
        const qint64 listed = timer.nsecsElapsed();
        apps = list.size();
        keys = 0;
        for (const App& a : list)
            keys += a.keyCount;
        timer.restart();
        store.reset();
        closeMs << double(timer.nsecsElapsed()) / 1e6;
        openMs << double(opened) / 1e6;
        listMs << double(listed - opened) / 1e6;
        totalMs << double(listed) / 1e6;
    }
    const Stats total = stats(totalMs);
    const Stats open = stats(openMs);
    const Stats list = stats(listMs);
    const Stats close = stats(closeMs);
    out() << "Cold open (new SqlStore on the file, open() + listApps(); " << o.repeats
          << " runs; the OS file cache is warm)" << Qt::endl;
    out() << "  listApps returned " << thousands(apps) << " apps holding " << thousands(keys)
          << " keys" << Qt::endl;
    out() << "  open + listApps: min " << fixed(total.min) << " ms, median " << fixed(total.median)
          << " ms, max " << fixed(total.max) << " ms" << Qt::endl;
    out() << "    of which open(): median " << fixed(open.median) << " ms; listApps(): median "
          << fixed(list.median) << " ms" << Qt::endl;
    out() << "  closing the store (not in the figures above): median " << fixed(close.median)
          << " ms" << Qt::endl;
}

void listAllKeys(SqlStore& store, const Options& o)
{
    QList<double> ms;
    qsizetype count = 0;
    for (int r = 0; r < o.repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        count = require(waitFor(store.listAllKeys()), QStringLiteral("listing keys")).size();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    const Stats s = stats(ms);
    out() << "listAllKeys() on an open store (" << thousands(count) << " keys; " << o.repeats
          << " runs): min " << fixed(s.min) << " ms, median " << fixed(s.median) << " ms"
          << Qt::endl;
}

void verifyPhase(SqlStore& store, const QList<SampleKey>& sample, const Options& o)
{
    // Well-formed secrets that were never issued: answered NOT_FOUND after a lookup.
    QStringList strangers;
    for (int i = 0; i < 1000; ++i)
        strangers << KeyFormat::generate();

    struct Call
    {
        QString secret;
        QString scope;
        VerifyCode expected;
    };
    const auto call = [&](int i) -> Call {
        const SampleKey& k = sample.at((i / 3) % sample.size());
        switch (i % 3) {
        case 0:
            return {k.secret, k.allowedScope, VerifyCode::Valid};
        case 1:
            return {k.secret, k.forbiddenScope, VerifyCode::ForbiddenScope};
        default:
            return {strangers.at((i / 3) % strangers.size()), k.allowedScope, VerifyCode::NotFound};
        }
    };
    std::array<int, 5> counts{}; // by VerifyCode
    int unexpected = 0;
    const auto check = [&](int i, Result<VerifyResult> r) {
        const VerifyResult v = require(std::move(r), QStringLiteral("verifying"));
        ++counts[size_t(v.code)];
        if (v.code != call(i).expected)
            ++unexpected;
    };

    // Warm up: prepares the verify statements and fills SQLite's page cache.
    for (int i = 0; i < 300; ++i)
        check(i, waitFor(store.verify(call(i).secret, call(i).scope)));
    counts.fill(0);
    unexpected = 0;

    // The four measurements take turns, round after round, so that a change in the machine's
    // load during the run touches all of them alike.
    const int rounds = o.repeats;
    const int perRound = std::max(3, o.calls / rounds);
    QList<double> baselineSequential, baselinePipelined, verifySequential, verifyPipelined;
    const auto timed = [](QList<double>& into, int calls, auto&& run) {
        QElapsedTimer timer;
        timer.start();
        run();
        into << double(timer.nsecsElapsed()) / 1e3 / calls; // µs per call
    };
    for (int r = 0; r < rounds; ++r) {
        const int first = r * perRound; // each round uses other sample keys
        timed(baselineSequential, perRound, [&] {
            for (int i = 0; i < perRound; ++i)
                (void)require(waitFor(store.catalog()), QStringLiteral("reading the catalog"));
        });
        timed(baselinePipelined, perRound, [&] {
            pipelined<Catalog>(
                perRound, o.pipeline, [&](int) { return store.catalog(); },
                [&](int, Result<Catalog> c) {
                    (void)require(std::move(c), QStringLiteral("reading the catalog"));
                });
        });
        timed(verifySequential, perRound, [&] {
            for (int i = first; i < first + perRound; ++i) {
                const Call c = call(i);
                check(i, waitFor(store.verify(c.secret, c.scope)));
            }
        });
        timed(verifyPipelined, perRound, [&] {
            pipelined<VerifyResult>(
                perRound, o.pipeline,
                [&](int i) {
                    const Call c = call(first + i);
                    return store.verify(c.secret, c.scope);
                },
                [&](int i, Result<VerifyResult> v) { check(first + i, std::move(v)); });
        });
    }

    const auto line = [](const char* what, const QList<double>& us) {
        const Stats s = stats(us);
        out() << "  " << what << fixed(1e6 / s.median, 0) << " calls/s at the median; per call: "
              << "median " << fixed(s.median, 1) << " µs, best " << fixed(s.min, 1) << " µs, worst "
              << fixed(s.max, 1) << " µs" << Qt::endl;
        return s.median;
    };
    out() << "Round trips on an open store (" << rounds << " rounds of " << thousands(perRound)
          << " calls per measurement, taking turns; pipelined = up to " << o.pipeline
          << " futures issued before waiting for the oldest)" << Qt::endl;
    const double bs = line("baseline catalog(), sequential: ", baselineSequential);
    const double bp = line("baseline catalog(), pipelined:  ", baselinePipelined);
    const double vs = line("verify(), sequential:           ", verifySequential);
    const double vp = line("verify(), pipelined:            ", verifyPipelined);
    out() << "  verify / baseline, median time per call: sequential " << fixed(vs / bs, 1)
          << "x, pipelined " << fixed(vp / bp, 1) << "x" << Qt::endl;
    out() << "  verify answers, all rounds (" << sample.size() << " sample keys, 1/3 each): valid "
          << counts[size_t(VerifyCode::Valid)] << ", FORBIDDEN_SCOPE "
          << counts[size_t(VerifyCode::ForbiddenScope)] << ", NOT_FOUND "
          << counts[size_t(VerifyCode::NotFound)] << ", other "
          << counts[size_t(VerifyCode::Expired)] + counts[size_t(VerifyCode::Malformed)]
          << "; answers not as expected: " << unexpected << Qt::endl;
    if (unexpected > 0)
        fail(QStringLiteral("%1 verify answers were not as expected").arg(unexpected));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scopekeeper-bench-store"));
    const Options o = parseOptions(app);

    std::optional<QTemporaryDir> tempDir;
    QString path = o.database;
    if (path.isEmpty()) {
        tempDir.emplace();
        if (!tempDir->isValid())
            fail(QStringLiteral("cannot create a temporary folder"));
        path = tempDir->filePath(QStringLiteral("bench.sqlite"));
    }
    const bool exists = QFileInfo::exists(path);
    if (exists && !o.reuse)
        fail(QStringLiteral("“%1” exists; pass --reuse to use it, or remove it").arg(path));

    out() << "scopekeeper-bench-store" << Qt::endl;
    out() << "  machine: " << QThread::idealThreadCount() << " CPUs, " << cpuModel() << ", "
          << QSysInfo::prettyProductName() << Qt::endl;
#ifdef NDEBUG
    const char* buildType = "release (NDEBUG)";
#else
    const char* buildType = "debug (no NDEBUG)";
#endif
    out() << "  Qt " << qVersion() << ", SQLite " << sqliteVersion() << ", " << buildType
          << " build" << Qt::endl;
    out() << "  load average before the run: " << loadAverage() << Qt::endl;
    out() << "  store: " << QDir::toNativeSeparators(path) << Qt::endl;
    out() << Qt::endl;

    QList<SampleKey> sample;
    {
        SqlStore store(storeOptions(path));
        require(waitFor(store.open()), QStringLiteral("opening the store"));
        sample = exists ? replaceSample(store, o.sample) : build(store, o);
        printFileSizes(path, QStringLiteral("file sizes, store still open"));
    }
    printFileSizes(path, QStringLiteral("file sizes, store closed"));
    out() << Qt::endl;

    coldOpens(path, o);
    out() << Qt::endl;

    {
        SqlStore store(storeOptions(path));
        require(waitFor(store.open()), QStringLiteral("opening the store"));
        listAllKeys(store, o);
        out() << Qt::endl;
        verifyPhase(store, sample, o);
        out() << Qt::endl;
        printFileSizes(path, QStringLiteral("file sizes after the verify phase, store open"));
    }
    printFileSizes(path, QStringLiteral("file sizes at the end, store closed"));
    return 0;
}
