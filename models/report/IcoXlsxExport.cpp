#include "report/IcoXlsxExport.h"

#include "core/AtomicFile.h"
#include "report/IcoTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>
#include <xlsxwriter.h>

namespace ropa::report {

namespace {

constexpr double kMinColumnWidth = 14;
constexpr double kMaxColumnWidth = 48;
constexpr double kLabelColumnWidth = 26;
constexpr uint8_t kPaperA4 = 9;
constexpr lxw_color_t kHeaderFill = 0xD9E1F2; // light blue-grey, readable in print

QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::report::IcoXlsxExport", text);
}

Error workbookError(const QString& reason)
{
    return {ErrorCode::Io, tr("Could not make the spreadsheet: %1").arg(reason)};
}

// workbook_close() is the only public way libxlsxwriter frees a workbook, so a workbook abandoned on an error is closed
// too; it writes into a temporary folder that is removed afterwards.
struct WorkbookCloser
{
    void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

struct Formats
{
    lxw_format* label;
    lxw_format* value;
    lxw_format* header;
};

Formats addFormats(lxw_workbook* workbook)
{
    Formats f{workbook_add_format(workbook), workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.value);
    format_set_align(f.value, LXW_ALIGN_VERTICAL_TOP);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, kHeaderFill);
    return f;
}

// lxw_doc_properties wants mutable C strings; these hold the bytes until workbook_set_properties() copies them.
struct Properties
{
    QByteArray title;
    QByteArray author;
    QByteArray comments;
};

Properties propertiesOf(const Register& reg)
{
    const QString name = reg.controller.name.trimmed().isEmpty() ? IcoTemplate::notRecorded() : reg.controller.name;
    return {tr("Record of processing activities: %1").arg(name).toUtf8(), name.toUtf8(),
            tr("ICO controller documentation template, written by RoPA Manager").toUtf8()};
}

lxw_error writeText(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QString& text, lxw_format* format)
{
    return worksheet_write_string(sheet, row, col, text.toUtf8().constData(), format);
}

lxw_error writeRow(lxw_worksheet* sheet, lxw_row_t row, const QStringList& cells, lxw_format* format)
{
    for (qsizetype col = 0; col < cells.size(); ++col) {
        if (const lxw_error error = writeText(sheet, row, static_cast<lxw_col_t>(col), cells.at(col), format)) {
            return error;
        }
    }
    return LXW_NO_ERROR;
}

lxw_error writeControllerBlock(lxw_worksheet* sheet, const Register& reg, const Formats& formats)
{
    lxw_row_t row = 0;
    for (const auto& [label, value] : IcoTemplate::header(reg)) {
        if (const lxw_error error = writeRow(sheet, row, {label}, formats.label)) {
            return error;
        }
        if (const lxw_error error = writeText(sheet, row++, 1, value, formats.value)) {
            return error;
        }
    }
    return LXW_NO_ERROR;
}

double longestLine(const QString& text)
{
    qsizetype longest = 0;
    for (const auto line : QStringView(text).split(QLatin1Char('\n'))) {
        longest = std::max(longest, line.size());
    }
    return static_cast<double>(longest);
}

// Wide enough for typical cells and never wider than a screen's share; longer texts wrap.
void setColumnWidths(lxw_worksheet* sheet, const QList<QStringList>& rows, qsizetype columnCount)
{
    for (qsizetype col = 0; col < columnCount; ++col) {
        double width = col == 0 ? kLabelColumnWidth : kMinColumnWidth;
        for (const QStringList& row : rows) {
            width = std::max(width, longestLine(row.value(col)));
        }
        worksheet_set_column(sheet, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col),
                             std::min(width, kMaxColumnWidth), nullptr);
    }
}

void setUpPage(lxw_worksheet* sheet, lxw_row_t headerRow, lxw_row_t lastRow, lxw_col_t lastCol)
{
    // Business function and purpose stay in view while scrolling across the other columns.
    worksheet_freeze_panes(sheet, headerRow + 1, 2);
    worksheet_autofilter(sheet, headerRow, 0, std::max(lastRow, headerRow), lastCol);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, kPaperA4);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);
}

lxw_error writeSheet(lxw_workbook* workbook, lxw_worksheet* sheet, const Register& reg)
{
    const Formats formats = addFormats(workbook);
    if (const lxw_error error = writeControllerBlock(sheet, reg, formats)) {
        return error;
    }
    const QStringList columns = IcoTemplate::columns();
    const QList<QStringList> rows = IcoTemplate::rows(reg);
    const auto headerRow = static_cast<lxw_row_t>(IcoTemplate::header(reg).size() + 1);
    if (const lxw_error error = writeRow(sheet, headerRow, columns, formats.header)) {
        return error;
    }
    lxw_row_t row = headerRow;
    for (const QStringList& cells : rows) {
        if (const lxw_error error = writeRow(sheet, ++row, cells, formats.value)) {
            return error;
        }
    }
    setColumnWidths(sheet, rows, columns.size());
    setUpPage(sheet, headerRow, row, static_cast<lxw_col_t>(columns.size() - 1));
    return LXW_NO_ERROR;
}

} // namespace

Result<QByteArray> IcoXlsxExport::render(const Register& reg)
{
    // libxlsxwriter writes its file as it closes the workbook; it is written aside and read back, so that a file
    // is only ever replaced whole.
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return workbookError(scratch.errorString());
    }
    const QString writtenPath = scratch.filePath(QStringLiteral("ico-template.xlsx"));
    // libxlsxwriter's file names are C strings; UTF-8 is what its documentation asks for on every platform.
    QByteArray scratchDir = scratch.path().toUtf8();
    lxw_workbook_options options{};
    options.tmpdir = scratchDir.data();
    WorkbookPtr workbook(workbook_new_opt(writtenPath.toUtf8().constData(), &options));
    if (!workbook) {
        return workbookError(tr("out of memory"));
    }

    Properties texts = propertiesOf(reg);
    lxw_doc_properties properties{};
    properties.title = texts.title.data();
    properties.author = texts.author.data();
    properties.company = texts.author.data();
    properties.comments = texts.comments.data();
    workbook_set_properties(workbook.get(), &properties);

    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), tr("Record of processing").toUtf8().constData());
    if (!sheet) {
        return workbookError(tr("the worksheet could not be added"));
    }
    if (const lxw_error error = writeSheet(workbook.get(), sheet, reg)) {
        return workbookError(QString::fromUtf8(lxw_strerror(error)));
    }
    if (const lxw_error error = workbook_close(workbook.release())) {
        return workbookError(QString::fromUtf8(lxw_strerror(error)));
    }
    QFile written(writtenPath);
    if (!written.open(QIODevice::ReadOnly)) {
        return workbookError(written.errorString());
    }
    return written.readAll();
}

Status IcoXlsxExport::write(const Register& reg, const QString& path)
{
    const Result<QByteArray> bytes = render(reg);
    if (!bytes) {
        return bytes.error();
    }
    return AtomicFile::write(path, bytes.value());
}

} // namespace ropa::report
