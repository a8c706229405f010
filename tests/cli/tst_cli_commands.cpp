// scopekeeper-cli's commands in this process, with a terminal played by the test: deleting asks
// on a terminal and does nothing unless the answer is yes; --yes asks nothing.
#include "CliCommands.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sk;

namespace {

struct Terminal
{
    QStringList answers; // read in turn
    QStringList asked;
    QStringList errors;
    QByteArray out;

    CliIo io()
    {
        CliIo io;
        io.out = [this](const QByteArray& bytes) { out += bytes; };
        io.err = [this](const QString& line) { errors << line; };
        io.ask = [this](const QString& question) { asked << question; };
        io.readLine = [this]() -> std::optional<QString> {
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        };
        io.readSecretLine = io.readLine;
        io.interactive = true;
        return io;
    }
};

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deletingAsksOnATerminal_data();
    void deletingAsksOnATerminal();
    void yesAsksNothing();

private:
    int run(CliOptions options, Terminal* terminal);
    bool appExists(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
};

void TestCliCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("s.sqlite"));
    m_store = std::make_unique<SqlStore>(options);
    QVERIFY(waitFor(m_store->open()).ok());
    QVERIFY(waitFor(m_store->createApp(
                        NewApp{QStringLiteral("Billing"), {QStringLiteral("workflow:deploy")}}))
                .ok());
}

void TestCliCommands::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestCliCommands::run(CliOptions options, Terminal* terminal)
{
    options.database = m_dir->filePath(QStringLiteral("s.sqlite"));
    return CliCommands(*m_store, options, terminal->io()).run();
}

bool TestCliCommands::appExists(const QString& name)
{
    const Result<QList<App>> apps = waitFor(m_store->listApps());
    for (const App& app : apps.value()) {
        if (app.name == name)
            return true;
    }
    return false;
}

void TestCliCommands::deletingAsksOnATerminal_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("y") << QStringList{QStringLiteral("y")} << true;
    QTest::newRow("YES") << QStringList{QStringLiteral(" YES ")} << true;
    QTest::newRow("n") << QStringList{QStringLiteral("n")} << false;
    QTest::newRow("empty") << QStringList{QString()} << false;
    QTest::newRow("end of input") << QStringList() << false;
}

void TestCliCommands::deletingAsksOnATerminal()
{
    QFETCH(QStringList, answers);
    QFETCH(bool, deleted);
    Terminal terminal;
    terminal.answers = answers;
    CliOptions options;
    options.command = CliOptions::Command::AppsDelete;
    options.app = QStringLiteral("Billing");
    QCOMPARE(run(options, &terminal), deleted ? CliCommands::ExitDone : CliCommands::ExitFailed);
    QCOMPARE(terminal.asked.size(), 1);
    QVERIFY2(terminal.asked[0].contains(QLatin1String("Billing")) &&
                 terminal.asked[0].contains(QLatin1String("[y/N]")),
             qPrintable(terminal.asked[0]));
    QCOMPARE(appExists(QStringLiteral("Billing")), !deleted);
    QVERIFY(terminal.out.isEmpty());
}

void TestCliCommands::yesAsksNothing()
{
    Terminal terminal;
    CliOptions options;
    options.command = CliOptions::Command::AppsDelete;
    options.app = QStringLiteral("billing"); // the only app named so, whatever the case
    options.yes = true;
    QCOMPARE(run(options, &terminal), CliCommands::ExitDone);
    QVERIFY(terminal.asked.isEmpty());
    QVERIFY(!appExists(QStringLiteral("Billing")));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
