#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

static void initAppIconResources()
{
    Q_INIT_RESOURCE(appicon);
}

namespace sk {

namespace {

// Draws an SVG at any size. A themed one draws its black (#000000) in the palette's text
// colour; the application icon keeps its own colours.
class ThemedSvgIconEngine : public QIconEngine
{
public:
    explicit ThemedSvgIconEngine(QByteArray svg, bool themed = true)
        : m_svg(std::move(svg))
        , m_themed(themed)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is already in device pixels (QIcon multiplies by the scale); only the device
    // pixel ratio is left to set, so the pixmap is drawn sharp at that resolution.
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new ThemedSvgIconEngine(m_svg, m_themed); }
    QString key() const override { return QStringLiteral("ThemedSvgIconEngine"); }

private:
    QByteArray tinted(QIcon::Mode mode) const
    {
        if (!m_themed)
            return m_svg;
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("#000000", color.name().toLatin1());
        return svg;
    }

    QByteArray m_svg;
    bool m_themed;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    initIconResources();
    QFile file(QStringLiteral(":/scopekeeper/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedSvgIconEngine(file.readAll()));
}

QIcon appIcon()
{
    initAppIconResources();
    QFile file(QStringLiteral(":/scopekeeper/app/io.scopekeeper.Scopekeeper.svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedSvgIconEngine(file.readAll(), false));
}

} // namespace sk
