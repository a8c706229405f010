// render_icons: renders the application icon's SVG into every raster form the platforms need,
// at build time, so that the PNGs, the .ico and the .icns never drift from the SVG.
//
//   render_icons SVG NAME OUTDIR
//
// writes
//   OUTDIR/hicolor/<N>x<N>/apps/NAME.png   N = 16 24 32 48 64 128 256 (freedesktop icon theme)
//   OUTDIR/NAME.ico                        the same sizes, PNG-compressed (Windows)
//   OUTDIR/NAME.iconset/icon_*.png         the sizes macOS's iconutil turns into an .icns
#include <QBuffer>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>
#include <utility>
#include <vector>

namespace {

const int hicolorSizes[] = {16, 24, 32, 48, 64, 128, 256};

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool write(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// An ICO file whose images are PNG streams (read by Windows Vista and later).
QByteArray ico(const std::vector<std::pair<int, QByteArray>>& images)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(images.size());
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto& [size, data] : images) {
        out << quint8(size >= 256 ? 0 : size) << quint8(size >= 256 ? 0 : size) << quint8(0)
            << quint8(0) << quint16(1) << quint16(32) << quint32(data.size()) << offset;
        offset += quint32(data.size());
    }
    for (const auto& image : images)
        out.writeRawData(image.second.constData(), int(image.second.size()));
    return bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: render_icons SVG NAME OUTDIR\n");
        return 2;
    }
    const QString name = args.at(2);
    const QDir out(args.at(3));
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render_icons: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }

    std::vector<std::pair<int, QByteArray>> icoImages;
    for (int size : hicolorSizes) {
        const QByteArray data = png(render(renderer, size));
        const QString path =
            out.filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(name));
        if (!write(path, data)) {
            std::fprintf(stderr, "render_icons: cannot write %s\n", qPrintable(path));
            return 1;
        }
        icoImages.emplace_back(size, data);
    }
    bool ok = write(out.filePath(name + QStringLiteral(".ico")), ico(icoImages));

    // macOS: icon_<N>x<N>.png and icon_<N>x<N>@2x.png for N = 16, 32, 128, 256, 512.
    for (int size : {16, 32, 128, 256, 512}) {
        const QString base = out.filePath(name + QStringLiteral(".iconset/icon_%1x%1").arg(size));
        ok = ok && write(base + QStringLiteral(".png"), png(render(renderer, size)));
        ok = ok && write(base + QStringLiteral("@2x.png"), png(render(renderer, 2 * size)));
    }
    if (!ok) {
        std::fprintf(stderr, "render_icons: cannot write into %s\n", qPrintable(out.path()));
        return 1;
    }
    return 0;
}
