// Scopekeeper fuzz targets: what they share.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sk::fuzz {

/// The fuzzer's bytes, copied (QByteArray::fromRawData would let Qt read past them).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The bytes as UTF-16 code units (host order), an odd last byte dropped: any sequence of
/// code units, lone surrogates included, as a QString may hold them.
inline QString utf16(const uint8_t* data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        text[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return text;
}

/// Ends the run with `what`: an invariant the code under test broke.
[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

} // namespace sk::fuzz

#define SK_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::sk::fuzz::fail(#condition " (" __FILE__ ":" SK_FUZZ_STR(__LINE__) ")");              \
    } while (false)
#define SK_FUZZ_STR(x) SK_FUZZ_STR2(x)
#define SK_FUZZ_STR2(x) #x
