#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ropa::formats {

// A line of a notice as a reader sees it, with its line number in the file.
struct SourceLine
{
    QString text;
    int number = 0;
};

// A row of a table in a notice, with the line of the file it starts on.
struct TableRow
{
    QStringList cells;
    int line = 0;
};

// A privacy notice reduced to what the importer reads: its lines and its tables, whatever format it came in.
struct NoticeText
{
    QList<SourceLine> lines;
    QList<QList<TableRow>> tables;

    // A regular expression that matches letters of any script, as notices are not all ASCII.
    static QRegularExpression pattern(const QString& source,
                                      QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);
    // The text without Markdown headings, emphasis, links and escapes.
    static QString stripMarkdown(QString text);
    // Cell text as lines without empty ones; Markdown cells break lines with <br>.
    static QString cleanCell(QString cell);
};

} // namespace ropa::formats
