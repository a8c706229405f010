// scopekeeper-bench-remember-token: stores an administrator token for a server URL in the
// keychain through the console's own TokenVault, as "Connect to Server…" with "remember" does,
// so that bench_console_server.sh can start the real console with --server URL.
//
//   scopekeeper-bench-remember-token URL < token
//
// For benchmarks only: bench_console_server.sh runs it inside a private D-Bus session whose
// keyring lives in the benchmark's temporary folder. The token is read from the first line of
// standard input, never from the command line or the environment, and is never printed.
#include "TokenVault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: scopekeeper-bench-remember-token URL < token\n");
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    QString token = QString::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    if (token.isEmpty()) {
        std::fprintf(stderr, "scopekeeper-bench-remember-token: no token on standard input\n");
        return 2;
    }
    sk::TokenVault vault;
    QEventLoop loop;
    int code = 1;
    vault.write(QUrl(args.at(1)), token, [&](const sk::TokenVault::Outcome& outcome) {
        if (outcome.ok())
            code = 0;
        else
            std::fprintf(stderr, "scopekeeper-bench-remember-token: %s\n",
                         qPrintable(outcome.message));
        loop.quit();
    });
    loop.exec();
    token.fill(QLatin1Char('\0'));
    return code;
}
