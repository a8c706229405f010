#include "CliIo.h"

#include <algorithm>
#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace sk {

namespace {

std::optional<QString> readStdinLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    // Wipe our copy of what may be a secret.
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stdin)) != 0;
#else
    return false;
#endif
}

/// Reads a line with the terminal's echo off, when standard input is one.
std::optional<QString> readWithoutEcho()
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::optional<QString> line = readStdinLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
#elif defined(Q_OS_WIN)
    HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = ::GetConsoleMode(in, &mode) != 0;
    if (console)
        ::SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    std::optional<QString> line = readStdinLine();
    if (console) {
        ::SetConsoleMode(in, mode);
        std::fputc('\n', stderr);
    }
    return line;
#else
    return readStdinLine();
#endif
}

} // namespace

CliIo CliIo::standard()
{
    CliIo io;
    io.out = [](const QByteArray& bytes) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    };
    io.err = [](const QString& line) {
        const QByteArray bytes = line.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    };
    io.ask = [](const QString& question) {
        const QByteArray bytes = question.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    };
    io.readLine = readStdinLine;
    io.readSecretLine = readWithoutEcho;
    io.interactive = stdinIsTerminal();
    return io;
}

} // namespace sk
