#include "formats/NoticeText.h"

#include <QList>

namespace ropa::formats {

namespace {

// The code point that starts at i, or 0 at the ends; a surrogate pair counts as one.
char32_t codePointAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size()) {
        return 0;
    }
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    return c.unicode();
}

// The code point that ends just before i, or 0 at the start.
char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0 || i > text.size()) {
        return 0;
    }
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate()) {
        return QChar::surrogateToUcs4(text.at(i - 2), c);
    }
    return c.unicode();
}

bool isLetterOrDigit(char32_t c)
{
    return c != 0 && QChar::isLetterOrNumber(c);
}

// \w of a Unicode regular expression: letters, digits and the underscore.
bool isWord(char32_t c)
{
    return isLetterOrDigit(c) || c == U'_';
}

// Markdown emphasis, *a*, **a** or __a__: it opens before a letter and closes after one, which asterisk markers
// ("you*, to") never do. This is the regular expression
//   (?<![\\\w*])(\*\*|\*|__)(?=[\p{L}\p{N}])(.+?)(?<=[\p{L}\p{N}.)!?:])\1(?![\w*])
// replaced by its second group, written out so that it takes linear time: the regular expression looked for a
// closing mark to the end of the line from every opening one, which is quadratic on " *a *a *a...".
QString stripEmphasis(const QString& text)
{
    const QStringView view(text);
    const qsizetype n = view.size();
    if (!view.contains(QLatin1Char('*')) && !view.contains(QLatin1StringView("__"))) {
        return text;
    }
    // Where a closing mark of each kind may stand: after a letter, digit or .)!?: and before no word character or
    // asterisk. nextClose[kind][i] is the first such place at or after i, or n.
    const QStringView marks[] = {u"**", u"*", u"__"};
    QList<qsizetype> nextClose[3];
    for (int kind = 0; kind < 3; ++kind) {
        const QStringView mark = marks[kind];
        QList<qsizetype>& next = nextClose[kind];
        next.resize(n + 1);
        next[n] = n;
        for (qsizetype i = n - 1; i >= 0; --i) {
            const char32_t before = codePointBefore(view, i);
            const bool closes = view.sliced(i).startsWith(mark) &&
                (isLetterOrDigit(before) ||
                 (before != 0 && before < 0x10000 && QStringView(u".)!?:").contains(QChar(char16_t(before))))) &&
                !isWord(codePointAt(view, i + mark.size())) && codePointAt(view, i + mark.size()) != U'*';
            next[i] = closes ? i : next[i + 1];
        }
    }
    // The next line break at or after i ('.' does not match one).
    QList<qsizetype> nextBreak(n + 1);
    nextBreak[n] = n;
    for (qsizetype i = n - 1; i >= 0; --i) {
        nextBreak[i] = view.at(i) == QLatin1Char('\n') ? i : nextBreak[i + 1];
    }
    QString out;
    out.reserve(n);
    qsizetype i = 0;
    while (i < n) {
        const char32_t before = codePointBefore(view, i);
        int kind = -1;
        if (before != U'\\' && before != U'*' && !isWord(before)) {
            if (view.sliced(i).startsWith(u"**")) {
                kind = 0;
            } else if (view.at(i) == QLatin1Char('*')) {
                kind = 1;
            } else if (view.sliced(i).startsWith(u"__")) {
                kind = 2;
            }
        }
        if (kind >= 0) {
            const qsizetype start = i + marks[kind].size();
            if (isLetterOrDigit(codePointAt(view, start)) && start + 1 <= n) {
                const qsizetype close = nextClose[kind][start + 1];
                if (close < n && close <= nextBreak[start]) {
                    out += view.sliced(start, close - start);
                    i = close + marks[kind].size();
                    continue;
                }
            }
        }
        out += view.at(i);
        ++i;
    }
    return out;
}

// The first place at or after p where pred holds, or the end; asked for places that only move forward, it looks at
// each character once.
class NextOf
{
public:
    NextOf(QStringView text, bool (*pred)(QChar))
        : m_text(text)
        , m_pred(pred)
    { }

    qsizetype at(qsizetype p)
    {
        if (m_from < 0 || p < m_from || p > m_found) {
            m_from = p;
            for (m_found = p; m_found < m_text.size() && !m_pred(m_text.at(m_found)); ++m_found) { }
        }
        return m_found;
    }

private:
    QStringView m_text;
    bool (*m_pred)(QChar);
    qsizetype m_from = -1;
    qsizetype m_found = -1;
};

// Markdown links, [text](target "title"), replaced by their text: the regular expression
//   \[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)
// written out, as on "[[[[...]x)" it tried every bracket against the same closing one.
QString stripLinks(const QString& text)
{
    const QStringView view(text);
    const qsizetype n = view.size();
    if (!view.contains(QLatin1StringView("]("))) {
        return text;
    }
    NextOf nextClose(view, [](QChar c) { return c == QLatin1Char(']'); });
    NextOf nextStop(view, [](QChar c) { return c == QLatin1Char(')') || c.isSpace(); });
    NextOf nextNonSpace(view, [](QChar c) { return !c.isSpace(); });
    NextOf nextQuote(view, [](QChar c) { return c == QLatin1Char('"'); });
    QString out;
    out.reserve(n);
    qsizetype i = 0;
    qsizetype failedClose = -1; // a ']' after which no link ends: every '[' before it fails in the same way
    while (i < n) {
        if (view.at(i) != QLatin1Char('[')) {
            out += view.at(i++);
            continue;
        }
        const qsizetype close = nextClose.at(i + 1);
        qsizetype end = -1;
        if (close < n && close != failedClose && close + 1 < n && view.at(close + 1) == QLatin1Char('(')) {
            const qsizetype stop = nextStop.at(close + 2);
            if (stop < n && view.at(stop) == QLatin1Char(')')) {
                end = stop + 1;
            } else if (stop < n) {
                const qsizetype k = nextNonSpace.at(stop);
                if (k < n && view.at(k) == QLatin1Char('"')) {
                    const qsizetype quote = nextQuote.at(k + 1);
                    if (quote + 1 < n && view.at(quote + 1) == QLatin1Char(')')) {
                        end = quote + 2;
                    }
                }
            }
        }
        if (end < 0) {
            failedClose = close;
            out += view.at(i++);
            continue;
        }
        out += view.sliced(i + 1, close - i - 1);
        i = end;
    }
    return out;
}

} // namespace

QRegularExpression NoticeText::pattern(const QString& source, QRegularExpression::PatternOptions options)
{
    return QRegularExpression(source, options | QRegularExpression::UseUnicodePropertiesOption);
}

QString NoticeText::stripMarkdown(QString text)
{
    static const QRegularExpression heading = NoticeText::pattern(QStringLiteral(R"(^\s{0,3}#{1,6}\s+)"));
    static const QRegularExpression escape = NoticeText::pattern(QStringLiteral(R"(\\([!-/:-@\[-`{-~]))"));
    if (text.isEmpty()) {
        return text;
    }
    if (text.contains(QLatin1Char('#'))) {
        text.remove(heading);
    }
    text = stripLinks(stripEmphasis(text));
    if (text.contains(QLatin1Char('\\'))) {
        text.replace(escape, QStringLiteral("\\1"));
    }
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
