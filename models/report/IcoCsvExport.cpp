#include "report/IcoCsvExport.h"

#include "formats/CsvWriter.h"
#include "report/IcoTemplate.h"

namespace ropa::report {

QByteArray IcoCsvExport::write(const Register& reg, Preamble preamble)
{
    formats::CsvWriter csv;
    if (preamble == Preamble::ControllerBlock) {
        for (const auto& [label, value] : IcoTemplate::header(reg)) {
            csv.addRow({label, value});
        }
        csv.addEmptyRow();
    }
    csv.addRow(IcoTemplate::columns());
    for (const QStringList& row : IcoTemplate::rows(reg)) {
        csv.addRow(row);
    }
    return csv.result();
}

} // namespace ropa::report
