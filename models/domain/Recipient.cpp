#include "domain/Recipient.h"

#include "core/KeyTable.h"

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

} // namespace ropa
