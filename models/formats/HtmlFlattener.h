#pragma once

#include "formats/NoticeText.h"

#include <QString>

namespace ropa::formats {

// Turns HTML into the lines a reader sees and the tables it holds, each with the line of the source it starts on,
// so that errors point into the file the user has.
class HtmlFlattener
{
public:
    explicit HtmlFlattener(const QString& html);

    NoticeText run();
    static bool looksLikeHtml(const QString& text);

private:
    struct OpenTable
    {
        QList<TableRow> rows;
        TableRow row;
        QString cell;
        bool rowOpen = false;
        bool cellOpen = false;
    };

    void advanceTo(qsizetype offset);
    void addText(qsizetype start, qsizetype end);
    void handleTag(const QString& name, bool closing);
    void breakLine();
    void openRow();
    void closeRow();
    void openCell();
    void closeCell();
    bool inCell() const { return !m_tables.isEmpty() && m_tables.last().cellOpen; }

    const QString& m_html;
    qsizetype m_offset = 0;
    int m_line = 1;
    SourceLine m_current;
    bool m_bulletPending = false;
    int m_skipDepth = 0;
    QList<SourceLine> m_lines;
    QList<OpenTable> m_tables;
    QList<QList<TableRow>> m_finishedTables;
};

} // namespace ropa::formats
