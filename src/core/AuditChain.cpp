#include "AuditChain.h"

#include "AuditDetails.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace sk::AuditChain {

namespace {

void addField(QCryptographicHash* hash, const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    hash->addData(QByteArray::number(bytes.size()));
    hash->addData(QByteArrayView(":"));
    hash->addData(bytes);
    hash->addData(QByteArrayView("\n"));
}

} // namespace

std::optional<qint64> unchainedCount(const QString& detail)
{
    static const QRegularExpression pattern(
        QStringLiteral("^earlier entries not chained: (\\d+)$"));
    const QRegularExpressionMatch m = pattern.match(detail);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QByteArray origin()
{
    return QByteArray(64, '0');
}

QByteArray link(const QByteArray& previous, const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("scopekeeper-audit-1\n"));
    hash.addData(previous);
    hash.addData(QByteArrayView("\n"));
    addField(&hash, QString::number(entry.sequence));
    addField(&hash, QString::number(entry.at.toMSecsSinceEpoch()));
    addField(&hash, entry.actor);
    addField(&hash, entry.action);
    addField(&hash, entry.appId);
    addField(&hash, entry.appName);
    addField(&hash, entry.keyId);
    addField(&hash, entry.keyName);
    addField(&hash, entry.detail);
    return hash.result().toHex();
}

bool Walker::feed(const AuditEntry& entry)
{
    if (!m_report.whole())
        return false;
    const auto broken = [this, &entry](Break problem) {
        m_report.brokenAt = entry.sequence;
        m_report.problem = problem;
        return false;
    };
    if (!m_started) {
        if (entry.chain.isEmpty()) {
            if (!audit::dataAgrees(entry))
                return broken(Break::DataMismatch);
            ++m_report.unchained;
            return true;
        }
        m_started = true;
        if (m_report.unchained > 0) {
            const std::optional<qint64> counted =
                fromWireName(entry.action) == AuditAction::ChainStart ? unchainedCount(entry.detail)
                                                                      : std::nullopt;
            if (!counted)
                return broken(Break::Unaccounted);
            if (*counted != m_report.unchained) {
                m_report.countedBefore = *counted;
                return broken(Break::CountChanged);
            }
        }
    } else if (entry.chain.isEmpty()) {
        return broken(Break::MissingLink);
    }
    if (link(m_report.head, entry) != entry.chain)
        return broken(Break::LinkMismatch);
    if (!audit::dataAgrees(entry))
        return broken(Break::DataMismatch);
    m_report.head = entry.chain;
    ++m_report.chained;
    return true;
}

} // namespace sk::AuditChain
