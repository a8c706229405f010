// Scopekeeper core: where "now" comes from, so that tests and demo data can move it.
#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <memory>

namespace sk {

using Clock = std::function<QDateTime()>;

/// A UTC time from milliseconds since the epoch. (A QTimeZone argument is several times slower
/// than the UTC spec on Qt 6.4; the spec is deprecated from 6.9, hence the two paths.)
inline QDateTime utcFromMSecs(qint64 ms)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
#endif
}

/// The system's UTC time, to the millisecond (what stores keep).
inline QDateTime systemNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return utcFromMSecs(now.toMSecsSinceEpoch());
}

/// A clock that runs with the system clock, shifted by an offset that may change at any time,
/// from any thread.
class ShiftableClock
{
public:
    ShiftableClock()
        : m_offsetMs(std::make_shared<std::atomic<qint64>>(0))
    {
    }
    void setOffset(qint64 ms) { m_offsetMs->store(ms); }
    void advance(qint64 ms) { m_offsetMs->fetch_add(ms); }
    qint64 offset() const { return m_offsetMs->load(); }
    Clock clock() const
    {
        return [offset = m_offsetMs] { return systemNow().addMSecs(offset->load()); };
    }

private:
    std::shared_ptr<std::atomic<qint64>> m_offsetMs;
};

} // namespace sk
