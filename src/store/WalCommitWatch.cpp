#include "WalCommitWatch.h"

#include <atomic>
#include <cstring>

namespace sk {

namespace {

// The two copies of the header, and the offset of its isInit byte.
constexpr qint64 HeaderBytes = 48;
constexpr qint64 MappedBytes = 2 * HeaderBytes;
constexpr int IsInitOffset = 12;

void copyHeader(const unsigned char* from, WalCommitWatch::Header* to)
{
    // Another process writes this memory: read it byte by byte, as it is now.
    const volatile unsigned char* source = from;
    for (std::size_t i = 0; i < to->size(); ++i)
        (*to)[i] = source[i];
}

} // namespace

WalCommitWatch::WalCommitWatch(const QString& databasePath)
    : m_file(databasePath + QStringLiteral("-shm"))
{
}

WalCommitWatch::~WalCommitWatch()
{
    if (m_map)
        m_file.unmap(const_cast<unsigned char*>(m_map));
}

bool WalCommitWatch::open()
{
    if (!m_file.open(QIODevice::ReadOnly) || m_file.size() < MappedBytes)
        return false;
    m_map = m_file.map(0, MappedBytes);
    return m_map != nullptr;
}

std::optional<WalCommitWatch::Header> WalCommitWatch::header() const
{
    if (!m_map)
        return std::nullopt;
    Header first;
    Header second;
    copyHeader(m_map, &first);
    // The order SQLite's readers use (walIndexTryHdr): the first copy, a barrier, the second.
    std::atomic_thread_fence(std::memory_order_seq_cst);
    copyHeader(m_map + HeaderBytes, &second);
    if (first != second || first[IsInitOffset] == 0)
        return std::nullopt;
    return first;
}

} // namespace sk
