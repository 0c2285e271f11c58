#include "store/AuditRecord.h"

#include <QJsonDocument>

namespace ropa::store {

QString AuditRecord::detail() const
{
    return QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
}

} // namespace ropa::store
