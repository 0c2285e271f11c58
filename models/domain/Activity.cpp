#include "domain/Activity.h"

#include "core/KeyTable.h"

#include <QCoreApplication>
#include <algorithm>

namespace ropa {

namespace {
constexpr KeyTable<DpiaStatus, 5> kDpiaKeys({{
    {DpiaStatus::NotAssessed, "not_assessed"},
    {DpiaStatus::NotNeeded, "not_needed"},
    {DpiaStatus::Needed, "needed"},
    {DpiaStatus::InProgress, "in_progress"},
    {DpiaStatus::Done, "done"},
}});
} // namespace

QString dpiaStatusKey(DpiaStatus status)
{
    return kDpiaKeys.key(status);
}

std::optional<DpiaStatus> dpiaStatusFromKey(QStringView key)
{
    return kDpiaKeys.find(key);
}

QString dpiaStatusKeyList()
{
    return kDpiaKeys.keyList();
}

bool Activity::hasBasis(Basis basis) const
{
    return findBasis(basis) != nullptr;
}

const LawfulBasis* Activity::findBasis(Basis basis) const
{
    const auto it =
        std::find_if(bases.cbegin(), bases.cend(), [basis](const LawfulBasis& b) { return b.basis == basis; });
    return it == bases.cend() ? nullptr : &*it;
}

QStringList Activity::changedFields(const Activity& other) const
{
    const std::pair<const char*, bool> fields[] = {
        {"purpose", purpose != other.purpose},
        {"description", description != other.description},
        {"business_function", businessFunction != other.businessFunction},
        {"bases", bases != other.bases},
        {"special_condition", specialCondition != other.specialCondition},
        {"schedule1_condition", schedule1Condition != other.schedule1Condition},
        {"policy_document", policyDocument != other.policyDocument},
        {"data_categories", dataCategories != other.dataCategories},
        {"subject_categories", subjectCategories != other.subjectCategories},
        {"recipients", recipients != other.recipients},
        {"sources", sources != other.sources},
        {"retention", retention != other.retention},
        {"transfers", transfers != other.transfers},
        {"security_measures", securityMeasures != other.securityMeasures},
        {"dpia", dpia != other.dpia},
        {"dpia_screening", dpiaScreening != other.dpiaScreening},
        {"automated_decisions", automatedDecisions != other.automatedDecisions},
        {"pecr", pecr != other.pecr},
        {"last_reviewed", lastReviewed != other.lastReviewed},
        {"reviewed_by", reviewedBy != other.reviewedBy},
    };
    QStringList changed;
    for (const auto& [key, differs] : fields) {
        if (differs) {
            changed << QString::fromLatin1(key);
        }
    }
    return changed;
}

QString dpiaStatusName(DpiaStatus status)
{
    switch (status) {
    case DpiaStatus::NotAssessed:
        return QCoreApplication::translate("ropa::Activity", "Not recorded");
    case DpiaStatus::NotNeeded:
        return QCoreApplication::translate("ropa::Activity", "Not needed");
    case DpiaStatus::Needed:
        return QCoreApplication::translate("ropa::Activity", "Needed, not started");
    case DpiaStatus::InProgress:
        return QCoreApplication::translate("ropa::Activity", "In progress");
    case DpiaStatus::Done:
        return QCoreApplication::translate("ropa::Activity", "Done");
    }
    return {};
}

} // namespace ropa
