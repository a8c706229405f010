// The application icon the packages install: every hicolor PNG size, the Windows .ico and
// the macOS .iconset are the SVG (resources/app) at the size their name promises.
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>
#include <algorithm>
#include <cstdlib>

namespace {

const QString appId = QStringLiteral("io.scopekeeper.Scopekeeper");
const QList<int> hicolorSizes{16, 24, 32, 48, 64, 128, 256};

QImage renderSvg(int size)
{
    QSvgRenderer renderer(QStringLiteral(SCOPEKEEPER_APP_SVG));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

/// The largest difference of any channel of any pixel (images of the same size).
int largestDifference(const QImage& a, const QImage& b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest =
                std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                          std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSvgIsAnIcon();
    void hicolorPngs_data();
    void hicolorPngs();
    void windowsIcoHoldsEverySize();
    void macIconsetHoldsEverySize();
};

void TestAppIcon::theSvgIsAnIcon()
{
    QSvgRenderer renderer(QStringLiteral(SCOPEKEEPER_APP_SVG));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(256, 256)); // square: no size is stretched
    // A rounded tile: transparent corners, an opaque middle with the white key on it.
    const QImage image = renderSvg(256);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(255, 255)), 0);
    QCOMPARE(qAlpha(image.pixel(128, 40)), 255);
    QVERIFY(qBlue(image.pixel(128, 40)) > qRed(image.pixel(128, 40)));
}

void TestAppIcon::hicolorPngs_data()
{
    QTest::addColumn<int>("size");
    for (int size : hicolorSizes)
        QTest::addRow("%dx%d", size, size) << size;
}

void TestAppIcon::hicolorPngs()
{
    QFETCH(int, size);
    const QString path =
        QDir(QStringLiteral(SCOPEKEEPER_ICON_DIR))
            .filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
    QImage png(path);
    QVERIFY2(!png.isNull(), qPrintable(path));
    QCOMPARE(png.size(), QSize(size, size));
    QVERIFY(png.hasAlphaChannel());
    png = png.convertToFormat(QImage::Format_ARGB32);
    const int difference = largestDifference(png, renderSvg(size));
    QVERIFY2(difference <= 2,
             qPrintable(QStringLiteral("differs from the SVG by %1").arg(difference)));
}

void TestAppIcon::windowsIcoHoldsEverySize()
{
    QImageReader reader(
        QDir(QStringLiteral(SCOPEKEEPER_ICON_DIR)).filePath(appId + QStringLiteral(".ico")), "ico");
    QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
    QCOMPARE(reader.imageCount(), int(hicolorSizes.size()));
    QSet<int> sizes;
    for (int i = 0; i < reader.imageCount(); ++i) {
        QVERIFY(reader.jumpToImage(i));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.width(), image.height());
        sizes.insert(image.width());
    }
    QCOMPARE(sizes, QSet<int>(hicolorSizes.cbegin(), hicolorSizes.cend()));
}

void TestAppIcon::macIconsetHoldsEverySize()
{
    // What iconutil needs to make the .icns: each size at 1x and 2x.
    const QDir iconset(QStringLiteral(SCOPEKEEPER_ICON_DIR "/") + appId +
                       QStringLiteral(".iconset"));
    for (int size : {16, 32, 128, 256, 512}) {
        const QImage one(iconset.filePath(QStringLiteral("icon_%1x%1.png").arg(size)));
        const QImage two(iconset.filePath(QStringLiteral("icon_%1x%1@2x.png").arg(size)));
        QCOMPARE(one.size(), QSize(size, size));
        QCOMPARE(two.size(), QSize(2 * size, 2 * size));
    }
}

QTEST_GUILESS_MAIN(TestAppIcon)
#include "tst_appicon.moc"
