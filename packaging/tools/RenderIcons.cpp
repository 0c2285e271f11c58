// render-icons SVG OUTDIR NAME SIZE...: draws the application's SVG icon as the PNGs of the hicolor icon theme,
// OUTDIR/<size>x<size>/apps/NAME.png, for the desktops and file managers that do not draw SVG icons themselves.
// Run by the build, so the PNGs are never kept in the source tree.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char* argv[])
{
    // No application object: the icon has no text, so drawing it into an image needs no fonts and no display.
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    if (args.size() < 5) {
        std::fputs("usage: render-icons SVG OUTDIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icons: %s is not an SVG image that can be drawn.\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString& outDir = args.at(2);
    const QString& name = args.at(3);
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "render-icons: %s is not an icon size in pixels.\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "render-icons: cannot write %s.\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
