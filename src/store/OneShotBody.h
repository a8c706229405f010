// Scopekeeper store: the body of an HTTP request that must never be sent twice.
//
// The hazard, confined here: Qt's HTTP stack (Qt 6.4 at least) sends a request again by itself
// when the connection closes before the answer arrives, after rewinding the request's body, and
// does so for POST too. For "create a key" that means a key the server made, whose answer was
// lost, is asked for a second time: the server refuses it as a name that is taken (or, with no
// unique name, would make a second one), and the console never learns that the first worked.
//
// A body that cannot be rewound makes such a resend fail (QNetworkReply::ContentReSendError)
// instead, and RestStore reports the change as ErrorCode::Unconfirmed. Qt reads it straight from
// this device only with QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length
// header (otherwise it copies it into a buffer it can rewind): RestStore sets both.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <algorithm>
#include <cstring>
#include <utility>

namespace sk {

class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_read) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return bytesAvailable() == 0; }
    /// Never: what was read has gone on the wire.
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace sk
