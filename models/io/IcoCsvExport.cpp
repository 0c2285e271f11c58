#include "io/IcoCsvExport.h"

#include "io/CsvWriter.h"
#include "io/IcoTemplate.h"

namespace ropa::io {

QByteArray IcoCsvExport::write(const Register& reg)
{
    CsvWriter csv;
    for (const auto& [label, value] : IcoTemplate::header(reg)) {
        csv.addRow({label, value});
    }
    csv.addEmptyRow();
    csv.addRow(IcoTemplate::columns());
    for (const QStringList& row : IcoTemplate::rows(reg)) {
        csv.addRow(row);
    }
    return csv.result();
}

} // namespace ropa::io
