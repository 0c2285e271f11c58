#pragma once

#include "domain/Controller.h"

#include <QString>
#include <array>
#include <utility>

namespace ropa::store::sqlcipher {

// The keys of the meta table: the organisation's details and the facts about the register.
struct MetaKeys
{
    static constexpr std::array<std::pair<const char*, QString Controller::*>, 7> kController = {{
        {"controller.name", &Controller::name},
        {"controller.address", &Controller::address},
        {"controller.email", &Controller::email},
        {"controller.phone", &Controller::phone},
        {"controller.dpo", &Controller::dpo},
        {"controller.representative", &Controller::representative},
        {"controller.ico_registration", &Controller::icoRegistration},
    }};
    static constexpr const char* kLastReviewed = "last_reviewed";
    static constexpr const char* kReviewedBy = "reviewed_by";
    static constexpr const char* kPecrDeclared = "pecr_declared"; // PecrUse keys joined by commas
    static constexpr const char* kRevision = "revision";
    static constexpr const char* kCreatedAt = "created_at";
    static constexpr const char* kModifiedAt = "modified_at";
    static constexpr const char* kFormatVersion = "format_version";
    // AuditAnchor's seal of the revision, content and audit log, renewed with every change.
    static constexpr const char* kAuditAnchor = "audit_anchor";
};

} // namespace ropa::store::sqlcipher
