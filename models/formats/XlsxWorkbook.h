#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <optional>

namespace ropa::formats {

// A workbook of one worksheet of text cells, built in memory as an Office Open XML spreadsheet (.xlsx), so that its
// content reaches no file other than the one its caller writes the bytes to.
class XlsxWorkbook
{
public:
    // How a cell looks. The workbook's cell styles are the distinct formats its cells use.
    struct Format
    {
        bool bold = false;
        bool wrap = false;
        bool alignTop = false;
        bool thinBottomBorder = false;
        std::optional<quint32> fill; // 0xRRGGBB

        bool operator==(const Format&) const = default;
    };

    // Title, creator and comments go to docProps/core.xml, application and company to docProps/app.xml. Created is
    // also the time the package's files record; the current time where it is not set.
    struct Properties
    {
        QString title;
        QString creator;
        QString company;
        QString comments;
        QString application;
        QDateTime created;
    };

    // Excel's limits: UTF-16 code units in a cell, rows and columns of a sheet, characters of a sheet name.
    static constexpr qsizetype kMaxCellLength = 32767;
    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr qsizetype kMaxSheetNameLength = 31;
    // Excel's tallest row, in points.
    static constexpr double kMaxRowHeight = 409;

    // The sheet is named sheetName as far as Excel allows: without []:*?/\ or control characters, no apostrophe at
    // either end, at most 31 characters; "Sheet1" if nothing is left.
    explicit XlsxWorkbook(const QString& sheetName);

    QString sheetName() const { return m_sheetName; }
    void setProperties(const Properties& properties);

    // Rows and columns count from 0. Text is kept as it is: any character, also those XML cannot hold, reads back
    // the same in Excel.
    void setText(int row, int column, const QString& text, const Format& format);
    void setText(int row, int column, const QString& text);
    // In characters of the default font's digits, as Excel's column width dialog shows it.
    void setColumnWidth(int column, double width);
    // The rows above row and the columns left of column stay in view while scrolling.
    void freezePanes(int row, int column);
    void setAutoFilter(int firstRow, int firstColumn, int lastRow, int lastColumn);

    void setLandscape(bool landscape);
    // SpreadsheetML's paper size codes: 9 is A4.
    void setPaperSize(int paperSize);
    // Printed across at most wide pages and down at most tall pages; 0 for as many as it takes.
    void fitToPages(int wide, int tall);
    void repeatRowsOnEveryPage(int firstRow, int lastRow);
    // A sheet more than one page wide prints each band of rows across all its pages before the next band, so that an
    // activity's row is read on consecutive pages.
    void setPrintAcrossThenDown(bool acrossThenDown);
    // The cell grid is printed, so that wrapped texts in neighbouring columns stay apart on paper.
    void setPrintGridLines(bool gridLines);
    // The footer of every printed page in SpreadsheetML's header and footer codes (&L, &R: left and right part; &P:
    // the page, &N: the pages, &A: the sheet's name; && for an ampersand).
    void setPageFooter(const QString& footer);

    // The .xlsx file; an error if a cell lies outside a sheet or holds more than kMaxCellLength characters. Each row
    // has the height its wrapped cells need, up to kMaxRowHeight: LibreOffice keeps the height a file gives a row,
    // and where it gives none draws wrapped text over the rows below.
    Result<QByteArray> toBytes() const;

private:
    struct Cell
    {
        QString text;
        int format = 0;
    };
    struct Range
    {
        int firstRow = 0;
        int firstColumn = 0;
        int lastRow = 0;
        int lastColumn = 0;
    };

    Status checkCells() const;
    QByteArray workbookXml() const;
    QByteArray stylesXml() const;
    QByteArray sheetXml(QList<QString>& sharedStrings, int& stringCount) const;
    QByteArray sheetViewXml() const;
    QByteArray pageXml() const;
    double rowHeight(const QMap<int, Cell>& cells) const;
    QByteArray coreXml(const QDateTime& created) const;
    QByteArray appXml() const;
    QByteArray quotedSheetName() const;

    QString m_sheetName;
    Properties m_properties;
    QList<Format> m_formats{Format{}};
    QMap<int, QMap<int, Cell>> m_rows;
    QMap<int, double> m_widths;
    int m_frozenRow = 0;
    int m_frozenColumn = 0;
    std::optional<Range> m_autoFilter;
    bool m_landscape = false;
    int m_paperSize = 0;
    std::optional<QPair<int, int>> m_fitToPages;
    std::optional<QPair<int, int>> m_repeatedRows;
    bool m_acrossThenDown = false;
    bool m_gridLines = false;
    QString m_footer;
};

} // namespace ropa::formats
