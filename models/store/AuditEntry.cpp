#include "store/AuditEntry.h"

#include <QJsonDocument>

namespace ropa::store {

QJsonObject AuditEntry::arguments() const
{
    const QJsonDocument document = QJsonDocument::fromJson(detail.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

} // namespace ropa::store
