// Scopekeeper wire: the REST API's times, RFC 3339 in UTC with milliseconds.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace sk::wire {

/// "2025-01-31T09:30:00.000Z"; empty for a null time.
QString rfc3339(const QDateTime& time);
/// rfc3339(time) appended to `out` as UTF-8, without a QString in between.
void appendRfc3339(QByteArray* out, const QDateTime& time);
/// A time, or null when there is none (a key never used).
QJsonValue timeValue(const QDateTime& time);
/// What a client sends: an RFC 3339 date-time with a "Z" or a numeric offset, as UTC; nothing
/// when it is not one.
std::optional<QDateTime> parseRfc3339(const QString& text);
/// What a server answers: a UTC time from an ISO 8601 string; a null QDateTime for null, a
/// missing value or a string that is not a time.
QDateTime timeFromJson(const QJsonValue& value);
/// timeFromJson() of a JSON string's text (UTF-8, unescaped).
QDateTime timeFromText(QByteArrayView utf8);

} // namespace sk::wire
