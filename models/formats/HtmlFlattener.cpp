#include "formats/HtmlFlattener.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace ropa::formats {

namespace {

QString decodeEntity(const QString& name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QString(QChar(0x00A0))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))},  {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))},  {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},  {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("bull"), QString(QChar(0x2022))},
        {QStringLiteral("middot"), QString(QChar(0x00B7))}, {QStringLiteral("dagger"), QString(QChar(0x2020))},
        {QStringLiteral("Dagger"), QString(QChar(0x2021))}, {QStringLiteral("sect"), QString(QChar(0x00A7))},
        {QStringLiteral("para"), QString(QChar(0x00B6))},   {QStringLiteral("pound"), QString(QChar(0x00A3))},
        {QStringLiteral("euro"), QString(QChar(0x20AC))},   {QStringLiteral("copy"), QString(QChar(0x00A9))},
    };
    if (!name.startsWith(QLatin1Char('#'))) {
        return named.value(name);
    }
    bool ok = false;
    const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
    const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
    if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return QString(QChar::ReplacementCharacter);
    }
    if (code < 0x20) {
        return QStringLiteral(" "); // &#10; and the like: white space, as a browser shows it, never a line break
    }
    const char32_t c = code;
    return QString::fromUcs4(&c, 1);
}

QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity =
        NoticeText::pattern(QStringLiteral(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)"));
    if (!text.contains(QLatin1Char('&'))) {
        return text;
    }
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString decoded = decodeEntity(m.captured(1));
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        out += decoded.isEmpty() ? m.captured(0) : decoded;
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace

HtmlFlattener::HtmlFlattener(const QString& html)
    : m_html(html)
{ }

bool HtmlFlattener::looksLikeHtml(const QString& text)
{
    static const QRegularExpression tag = NoticeText::pattern(
        QStringLiteral(R"(<\s*(?:!doctype\s+html|html|body|p|table|tr|td|li|ul|ol|div|h[1-6])\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    return tag.match(text).hasMatch();
}

NoticeText HtmlFlattener::run()
{
    static const QRegularExpression token =
        NoticeText::pattern(QStringLiteral(R"(<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)"),
                            QRegularExpression::DotMatchesEverythingOption);
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(m_html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        addText(pos, m.capturedStart());
        advanceTo(m.capturedStart());
        if (m.capturedLength(2) > 0) {
            handleTag(m.captured(2).toLower(), m.capturedLength(1) > 0);
        }
        pos = m.capturedEnd();
    }
    addText(pos, m_html.size());
    breakLine();
    while (!m_tables.isEmpty()) {
        handleTag(QStringLiteral("table"), true);
    }
    return {m_lines, m_finishedTables};
}

void HtmlFlattener::advanceTo(qsizetype offset)
{
    for (; m_offset < offset; ++m_offset) {
        if (m_html.at(m_offset) == QLatin1Char('\n')) {
            ++m_line;
        }
    }
}

void HtmlFlattener::addText(qsizetype start, qsizetype end)
{
    static const QRegularExpression whitespace = NoticeText::pattern(QStringLiteral(R"(\s+)"));
    if (m_skipDepth > 0 || end <= start) {
        return;
    }
    const QString text = decodeEntities(m_html.mid(start, end - start).replace(whitespace, QStringLiteral(" ")));
    if (text.trimmed().isEmpty()) {
        m_current.text += text;
        if (inCell()) {
            m_tables.last().cell += text;
        }
        return;
    }
    if (m_current.text.trimmed().isEmpty()) {
        qsizetype first = start;
        while (first < end && m_html.at(first).isSpace()) {
            ++first;
        }
        advanceTo(first);
        m_current = {m_bulletPending ? QStringLiteral("\u2022 ") : QString(), m_line};
        m_bulletPending = false;
    }
    m_current.text += text;
    if (inCell()) {
        m_tables.last().cell += text;
    }
}

void HtmlFlattener::breakLine()
{
    const QString text = m_current.text.trimmed();
    if (!text.isEmpty()) {
        m_lines.append({text, m_current.number});
    }
    m_current = {};
    if (inCell()) {
        m_tables.last().cell += QLatin1Char('\n');
    }
}

void HtmlFlattener::openRow()
{
    if (m_tables.isEmpty()) {
        return;
    }
    closeRow();
    OpenTable& table = m_tables.last();
    table.row = TableRow{{}, m_line};
    table.rowOpen = true;
}

void HtmlFlattener::closeRow()
{
    if (m_tables.isEmpty()) {
        return;
    }
    closeCell();
    OpenTable& table = m_tables.last();
    if (table.rowOpen && !table.row.cells.isEmpty()) {
        table.rows.append(table.row);
    }
    table.rowOpen = false;
}

void HtmlFlattener::openCell()
{
    if (m_tables.isEmpty()) {
        return;
    }
    closeCell();
    if (!m_tables.last().rowOpen) {
        openRow();
    }
    m_tables.last().cell.clear();
    m_tables.last().cellOpen = true;
}

void HtmlFlattener::closeCell()
{
    if (!inCell()) {
        return;
    }
    OpenTable& table = m_tables.last();
    table.row.cells.append(NoticeText::cleanCell(table.cell));
    table.cellOpen = false;
}

void HtmlFlattener::handleTag(const QString& name, bool closing)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),       QStringLiteral("div"),    QStringLiteral("br"),     QStringLiteral("ul"),
        QStringLiteral("ol"),      QStringLiteral("h1"),     QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),     QStringLiteral("h6"),     QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("blockquote"),
        QStringLiteral("dt"),      QStringLiteral("dd"),     QStringLiteral("pre"),    QStringLiteral("hr"),
        QStringLiteral("caption"), QStringLiteral("thead"),  QStringLiteral("tbody"),  QStringLiteral("tfoot"),
        QStringLiteral("nav"),     QStringLiteral("main"),   QStringLiteral("aside"),  QStringLiteral("address"),
        QStringLiteral("title"),   QStringLiteral("li"),     QStringLiteral("tr"),     QStringLiteral("td"),
        QStringLiteral("th"),      QStringLiteral("table"),  QStringLiteral("figure"), QStringLiteral("dl"),
    };
    if (name == QLatin1StringView("script") || name == QLatin1StringView("style")) {
        m_skipDepth = std::max(0, m_skipDepth + (closing ? -1 : 1));
        return;
    }
    if (!blocks.contains(name)) {
        return;
    }
    breakLine();
    if (name == QLatin1StringView("li") && !closing) {
        m_bulletPending = true;
    } else if (name == QLatin1StringView("tr")) {
        closing ? closeRow() : openRow();
    } else if (name == QLatin1StringView("td") || name == QLatin1StringView("th")) {
        closing ? closeCell() : openCell();
    } else if (name == QLatin1StringView("table") && !closing) {
        m_tables.append(OpenTable());
    } else if (name == QLatin1StringView("table") && !m_tables.isEmpty()) {
        closeRow();
        m_finishedTables.append(m_tables.takeLast().rows);
    }
}

} // namespace ropa::formats
