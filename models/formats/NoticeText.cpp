#include "formats/NoticeText.h"

namespace ropa::formats {

QRegularExpression NoticeText::pattern(const QString& source, QRegularExpression::PatternOptions options)
{
    return QRegularExpression(source, options | QRegularExpression::UseUnicodePropertiesOption);
}

QString NoticeText::stripMarkdown(QString text)
{
    static const QRegularExpression heading = NoticeText::pattern(QStringLiteral(R"(^\s{0,3}#{1,6}\s+)"));
    // Emphasis opens before a letter and closes after one, which asterisk markers ("you*, to") never do.
    static const QRegularExpression emphasis = NoticeText::pattern(
        QStringLiteral(R"((?<![\\\w*])(\*\*|\*|__)(?=[\p{L}\p{N}])(.+?)(?<=[\p{L}\p{N}.)!?:])\1(?![\w*]))"));
    static const QRegularExpression link =
        NoticeText::pattern(QStringLiteral(R"(\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\))"));
    static const QRegularExpression escape = NoticeText::pattern(QStringLiteral(R"(\\([!-/:-@\[-`{-~]))"));
    text.remove(heading);
    text.replace(emphasis, QStringLiteral("\\2"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(escape, QStringLiteral("\\1"));
    return text;
}

QString NoticeText::cleanCell(QString cell)
{
    static const QRegularExpression lineBreak =
        NoticeText::pattern(QStringLiteral(R"(<br\s*/?>)"), QRegularExpression::CaseInsensitiveOption);
    cell.replace(lineBreak, QStringLiteral("\n"));
    QStringList lines;
    for (const QString& line : cell.split(QLatin1Char('\n'))) {
        const QString clean = NoticeText::stripMarkdown(line).simplified();
        if (!clean.isEmpty()) {
            lines << clean;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ropa::formats
