// The administrator token in the platform's keychain: stored, read back, replaced, deleted,
// kept apart per server, and never written to the settings or the log.
//
// Runs against a real keychain (in CI: gnome-keyring's Secret Service under dbus-run-session,
// see scripts/test). Without one the test is skipped, unless SCOPEKEEPER_REQUIRE_KEYCHAIN is
// set, when that is a failure.
#include "Preferences.h"
#include "TokenVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace sk;

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString uniqueToken()
{
    return QStringLiteral("ska_test_") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void storeReadOverwriteDelete();
    void serversDoNotSeeEachOthersToken();
    void tokenIsNeverInTheSettingsOrTheLog();
    void keyIsTheNormalizedUrl();

private:
    TokenVault::Outcome read(const QUrl& server);
    TokenVault::Outcome write(const QUrl& server, const QString& token);
    TokenVault::Outcome remove(const QUrl& server);
    static TokenVault::Outcome wait(std::optional<TokenVault::Outcome>& result);

    TokenVault m_vault;
    QTemporaryDir m_settingsDir;
    QList<QUrl> m_servers; // removed again at the end
    QStringList m_tokens;  // every token the test stored
    QUrl server(const QString& name)
    {
        const QUrl url(QStringLiteral("https://%1-%2.test.invalid:8443")
                           .arg(name, QUuid::createUuid().toString(QUuid::Id128)));
        m_servers.append(url);
        return url;
    }
};

TokenVault::Outcome TestTokenVault::wait(std::optional<TokenVault::Outcome>& result)
{
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
        TokenVault::Outcome timedOut;
        timedOut.status = TokenVault::Status::Unavailable;
        timedOut.message = QStringLiteral("the keychain did not answer within 30 s");
        return timedOut;
    }
    return *result;
}

TokenVault::Outcome TestTokenVault::read(const QUrl& server)
{
    std::optional<TokenVault::Outcome> result;
    m_vault.read(server, [&](const TokenVault::Outcome& o) { result = o; });
    return wait(result);
}

TokenVault::Outcome TestTokenVault::write(const QUrl& server, const QString& token)
{
    if (!token.isEmpty())
        m_tokens.append(token);
    std::optional<TokenVault::Outcome> result;
    m_vault.write(server, token, [&](const TokenVault::Outcome& o) { result = o; });
    return wait(result);
}

TokenVault::Outcome TestTokenVault::remove(const QUrl& server)
{
    std::optional<TokenVault::Outcome> result;
    m_vault.remove(server, [&](const TokenVault::Outcome& o) { result = o; });
    return wait(result);
}

void TestTokenVault::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Every settings file of this process (the console's preferences, and anything a keychain
    // fallback would write) goes to a folder of our own, scanned afterwards.
    QCoreApplication::setOrganizationName(QStringLiteral("scopekeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("scopekeeper"));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    g_previousHandler = qInstallMessageHandler(captureMessage);

    // Is there a keychain at all? Write and delete a probe entry.
    const QUrl probe = server(QStringLiteral("probe"));
    const TokenVault::Outcome probed = write(probe, uniqueToken());
    if (probed.status == TokenVault::Status::Unavailable) {
        const QByteArray reason = "No keychain is reachable (" + probed.message.toUtf8() +
                                  "). On Linux run the test under a Secret Service, as "
                                  "scripts/test does: dbus-run-session and gnome-keyring-daemon.";
        if (qEnvironmentVariableIsSet("SCOPEKEEPER_REQUIRE_KEYCHAIN"))
            QFAIL(reason.constData());
        QSKIP(reason.constData());
    }
    QVERIFY2(probed.ok(), qPrintable(probed.message));
    QVERIFY2(remove(probe).ok(), "the probe entry could not be deleted");
}

void TestTokenVault::cleanupTestCase()
{
    for (const QUrl& url : std::as_const(m_servers))
        remove(url);
    qInstallMessageHandler(g_previousHandler);
}

void TestTokenVault::storeReadOverwriteDelete()
{
    const QUrl url = server(QStringLiteral("keys"));

    TokenVault::Outcome outcome = read(url);
    QCOMPARE(outcome.status, TokenVault::Status::NotFound);
    QVERIFY(outcome.token.isEmpty());
    QVERIFY(!outcome.message.isEmpty());

    const QString first = uniqueToken();
    outcome = write(url, first);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    outcome = read(url);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.token, first);

    const QString second = uniqueToken();
    outcome = write(url, second);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    outcome = read(url);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.token, second);

    // The same server spelled with a trailing slash is the same entry.
    outcome = read(QUrl(url.toString() + QStringLiteral("/")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.token, second);

    outcome = remove(url);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    outcome = read(url);
    QCOMPARE(outcome.status, TokenVault::Status::NotFound);
    QVERIFY(outcome.token.isEmpty());

    // Signing out twice is fine.
    QVERIFY(remove(url).ok());

    // An empty token is refused, not stored.
    outcome = write(url, QString());
    QCOMPARE(outcome.status, TokenVault::Status::Failed);
    QCOMPARE(read(url).status, TokenVault::Status::NotFound);
}

void TestTokenVault::serversDoNotSeeEachOthersToken()
{
    const QUrl a = server(QStringLiteral("alpha"));
    const QUrl b = server(QStringLiteral("beta"));
    QUrl aOtherPort = a;
    aOtherPort.setPort(9443);
    m_servers.append(aOtherPort);

    const QString tokenA = uniqueToken();
    QVERIFY(write(a, tokenA).ok());
    QCOMPARE(read(b).status, TokenVault::Status::NotFound);
    QCOMPARE(read(aOtherPort).status, TokenVault::Status::NotFound);

    const QString tokenB = uniqueToken();
    QVERIFY(write(b, tokenB).ok());
    QCOMPARE(read(a).token, tokenA);
    QCOMPARE(read(b).token, tokenB);

    // Signing out of one server keeps the other's token.
    QVERIFY(remove(a).ok());
    QCOMPARE(read(a).status, TokenVault::Status::NotFound);
    QCOMPARE(read(b).token, tokenB);
    QVERIFY(remove(b).ok());
}

void TestTokenVault::tokenIsNeverInTheSettingsOrTheLog()
{
    const QUrl url = server(QStringLiteral("settings"));
    const QString token = uniqueToken();
    // The console's settings are written around the token, as when connecting.
    {
        Preferences preferences;
        preferences.rememberStore(url.toString());
        preferences.setClipboardClearSeconds(45);
    }
    QVERIFY(write(url, token).ok());
    QCOMPARE(read(url).token, token);
    {
        Preferences preferences;
        preferences.rememberStore(url.toString());
    }
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .sync();

    int files = 0;
    QDirIterator it(m_settingsDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QString& stored : std::as_const(m_tokens)) {
            QVERIFY2(!bytes.contains(stored.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(stored.toUtf8().toBase64()), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(files > 0, "the settings file was not written");
    QVERIFY(m_tokens.size() >= 3);

    for (const QString& message : std::as_const(g_messages)) {
        for (const QString& stored : std::as_const(m_tokens))
            QVERIFY2(!message.contains(stored), "a token was logged");
    }
    QVERIFY(remove(url).ok());
}

void TestTokenVault::keyIsTheNormalizedUrl()
{
    const QString key = TokenVault::keyFor(QUrl(QStringLiteral("https://Keys.Example.com:8443/")));
    QCOMPARE(key, TokenVault::keyFor(QUrl(QStringLiteral("https://keys.example.com:8443"))));
    QVERIFY(key.contains(QStringLiteral("keys.example.com:8443")));
    QVERIFY(key != TokenVault::keyFor(QUrl(QStringLiteral("http://keys.example.com:8443"))));
    QVERIFY(key != TokenVault::keyFor(QUrl(QStringLiteral("https://keys.example.com:8444"))));
    QCOMPARE(TokenVault::keyFor(QUrl(QStringLiteral("https://u:p@keys.example.com:8443?x#y"))),
             key);
    QCOMPARE(TokenVault::service(), QStringLiteral("scopekeeper"));
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
