#include "domain/Recipient.h"

#include "core/KeyTable.h"

#include <QCoreApplication>

namespace ropa {

namespace {
constexpr KeyTable<RecipientKind, 6> kKindKeys({{
    {RecipientKind::Processor, "processor"},
    {RecipientKind::Controller, "controller"},
    {RecipientKind::JointController, "joint_controller"},
    {RecipientKind::PublicAuthority, "public_authority"},
    {RecipientKind::Internal, "internal"},
    {RecipientKind::NotRecorded, ""},
}});
} // namespace

QString recipientKindKey(RecipientKind kind)
{
    return kKindKeys.key(kind);
}

std::optional<RecipientKind> recipientKindFromKey(QStringView key)
{
    return kKindKeys.find(key);
}

QString recipientKindKeyList()
{
    return kKindKeys.keyList();
}

QString recipientKindName(RecipientKind kind)
{
    switch (kind) {
    case RecipientKind::Processor:
        return QCoreApplication::translate("ropa::Recipient", "Processor");
    case RecipientKind::Controller:
        return QCoreApplication::translate("ropa::Recipient", "Controller");
    case RecipientKind::JointController:
        return QCoreApplication::translate("ropa::Recipient", "Joint controller");
    case RecipientKind::PublicAuthority:
        return QCoreApplication::translate("ropa::Recipient", "Public authority");
    case RecipientKind::Internal:
        return QCoreApplication::translate("ropa::Recipient", "Internal");
    case RecipientKind::NotRecorded:
        break;
    }
    return QCoreApplication::translate("ropa::Recipient", "Not recorded");
}

} // namespace ropa
