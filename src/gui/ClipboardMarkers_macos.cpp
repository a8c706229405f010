// macOS.
#include "ClipboardMarkers.h"

#include <QMimeData>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#endif

namespace sk {

namespace {

// The pasteboard type of the nspasteboard.org convention: clipboard managers and history tools
// do not record content that offers it.
QString concealedType()
{
    return QStringLiteral("org.nspasteboard.ConcealedType");
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// By itself Qt offers an unknown MIME type X as the pasteboard type "com.trolltech.anymime.X",
// which no clipboard manager looks for. This converter offers it under its own name.
class ConcealedTypeConverter final : public QUtiMimeConverter
{
public:
    QString mimeForUti(const QString& uti) const override
    {
        return uti == concealedType() ? concealedType() : QString();
    }
    QString utiForMime(const QString& mime) const override
    {
        return mime == concealedType() ? concealedType() : QString();
    }
    QVariant convertToMime(const QString& mime, const QList<QByteArray>& data,
                           const QString& uti) const override
    {
        if (!canConvert(mime, uti) || data.isEmpty())
            return {};
        return data.constFirst();
    }
    QList<QByteArray> convertFromMime(const QString& mime, const QVariant& data,
                                      const QString& uti) const override
    {
        if (!canConvert(mime, uti))
            return {};
        return {data.toByteArray()};
    }
};
#endif

} // namespace

void markSensitive(QMimeData* mime)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Registered once, after the application object exists; Qt owns it and deletes it when the
    // application shuts down.
    static const bool registered = [] {
        new ConcealedTypeConverter;
        return true;
    }();
    Q_UNUSED(registered);
#endif
    // Before Qt 6.5 there is no public way to name a pasteboard type, and the marker is offered
    // only under Qt's own name for it.
    mime->setData(concealedType(), QByteArrayLiteral("1"));
}

} // namespace sk
