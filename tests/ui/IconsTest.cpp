#include "Icons.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QtTest>

using ropa::ui::Icons;

namespace {

// Every icon the application may ask for; a missing or extra file in resources/icons fails the test.
const QStringList kIconNames = {
    QStringLiteral("activities"),    QStringLiteral("add"),        QStringLiteral("app"),
    QStringLiteral("audit-log"),     QStringLiteral("checks"),     QStringLiteral("data-categories"),
    QStringLiteral("delete"),        QStringLiteral("demo"),       QStringLiteral("duplicate"),
    QStringLiteral("export"),        QStringLiteral("lock"),       QStringLiteral("matrix"),
    QStringLiteral("move-down"),     QStringLiteral("move-up"),    QStringLiteral("new-register"),
    QStringLiteral("open-register"), QStringLiteral("overview"),   QStringLiteral("pdf"),
    QStringLiteral("print"),         QStringLiteral("recipients"), QStringLiteral("retention"),
    QStringLiteral("search"),        QStringLiteral("sources"),    QStringLiteral("subjects"),
    QStringLiteral("unlock"),
};

QString resourcePath(const QString& name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

int opaquePixels(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(argb.pixel(x, y)) > 0) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

// The bundled SVG icons: all present, valid, drawn in the house style and rendered by Qt's SVG icon engine.
class IconsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourcesHoldExactlyTheKnownIcons()
    {
        QStringList bundled;
        const QStringList files = QDir(QStringLiteral(":/icons")).entryList(QDir::Files, QDir::Name);
        for (const QString& file : files) {
            bundled.append(file.chopped(4));
        }
        QStringList expected = kIconNames;
        expected.sort();
        QCOMPARE(bundled, expected);
    }

    void iconRenders_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : kIconNames) {
            QTest::newRow(qUtf8Printable(name)) << name;
        }
    }

    void iconRenders()
    {
        QFETCH(QString, name);
        const QIcon icon = Icons::get(name);
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 64}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size));
            QVERIFY2(!pixmap.isNull(), qPrintable(QStringLiteral("null pixmap at %1 px").arg(size)));
            // Without the SVG icon engine plugin Qt falls back to a 24 px bitmap and never scales it up.
            QVERIFY2(pixmap.size() == QSize(size, size),
                     qPrintable(QStringLiteral("%1 px asked, %2 px given: is Qt's SVG icon engine plugin installed?")
                                    .arg(size)
                                    .arg(pixmap.width())));
            const int painted = opaquePixels(pixmap.toImage());
            QVERIFY2(painted > 0, qPrintable(QStringLiteral("nothing drawn at %1 px").arg(size)));
            QVERIFY2(painted < size * size, qPrintable(QStringLiteral("the whole square filled at %1 px").arg(size)));
        }
    }

    void svgIsValidOnTheIconGrid_data() { iconRenders_data(); }

    void svgIsValidOnTheIconGrid()
    {
        QFETCH(QString, name);
        QSvgRenderer renderer(resourcePath(name));
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 24, 24));
    }

    // Icons must render the same everywhere, so they may not depend on fonts or on anything outside the file.
    void svgIsSelfContainedWithoutText_data() { iconRenders_data(); }

    void svgIsSelfContainedWithoutText()
    {
        QFETCH(QString, name);
        QFile file(resourcePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            const QString element = xml.name().toString();
            QVERIFY2(element != QStringLiteral("text") && element != QStringLiteral("image") &&
                         element != QStringLiteral("use") && element != QStringLiteral("style"),
                     qPrintable(QStringLiteral("<%1> is not allowed").arg(element)));
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute& attribute : attributes) {
                QVERIFY2(attribute.name() != QStringLiteral("href"),
                         qPrintable(QStringLiteral("%1 refers outside the icon").arg(element)));
                QVERIFY2(!attribute.value().contains(QStringLiteral("url(")),
                         qPrintable(QStringLiteral("%1 refers to a paint server or file").arg(element)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void sameNameGivesTheCachedIcon()
    {
        QCOMPARE(Icons::get(QStringLiteral("add")).cacheKey(), Icons::get(QStringLiteral("add")).cacheKey());
    }

    void unknownNameGivesANullIconAndAWarning()
    {
        QTest::ignoreMessage(QtWarningMsg, "ropa::ui::Icons: no icon named \"no-such-icon\"");
        QVERIFY(Icons::get(QStringLiteral("no-such-icon")).isNull());
    }
};

QTEST_MAIN(IconsTest)
#include "IconsTest.moc"
