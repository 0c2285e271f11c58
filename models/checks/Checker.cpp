#include "checks/Checker.h"

#include "checks/ReviewDue.h"
#include "checks/RuleSet.h"
#include "domain/InternationalTransfers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace ropa::checks {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::checks::Checker)
};

// Countries with UK adequacy regulations (UK GDPR Art. 45A; Art. 45 and DPA 2018 s.17A before the Data (Use and Access)
// Act 2025), as at December 2026: the EEA, Gibraltar and the countries the UK recognised on leaving the EU, and the
// Republic of Korea. The United States is left out: its adequacy covers certified organisations only, so a transfer
// there needs its ground recorded.
const QSet<QString>& adequateCountries()
{
    static const char* const codes[] = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
                                        "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT",
                                        "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GI", "AD", "AR",
                                        "CA", "FO", "GG", "IM", "IL", "JP", "JE", "NZ", "CH", "UY", "KR"};
    static const QSet<QString> countries = [] {
        QSet<QString> set;
        for (const char* code : codes) {
            set.insert(QLatin1String(code));
        }
        return set;
    }();
    return countries;
}

// The letter of an Art. 9(2) condition written as "9(2)(h)" or "Article 9(2)(h) ...".
QChar article9Letter(const QString& condition)
{
    static const QRegularExpression pattern(QStringLiteral("9\\s*\\(\\s*2\\s*\\)\\s*\\(\\s*([a-j])\\s*\\)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(condition);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

class Run
{
public:
    Run(const Register& reg, const Checker::Options& options)
        : m_reg(reg)
        , m_options(options)
    { }

    QList<Finding> findings()
    {
        indexCatalogues();
        checkOrganisation();
        for (const Activity& a : m_reg.activities) {
            checkActivity(a);
        }
        checkCatalogues();
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const Finding& x, const Finding& y) { return x.severity < y.severity; });
        return m_findings;
    }

private:
    void add(const char* ruleId, FindingTarget target, const QString& name, const QString& message, const QString& fix,
             bool mechanical = false, std::optional<Severity> severity = {})
    {
        const Rule* rule = RuleSet::find(QString::fromLatin1(ruleId));
        Finding f;
        f.ruleId = QLatin1String(ruleId);
        f.severity = severity ? *severity : rule->severity;
        f.article = rule->article;
        f.target = std::move(target);
        f.targetName = name;
        f.message = message;
        f.fix = fix;
        f.hasMechanicalFix = mechanical;
        m_findings.push_back(std::move(f));
    }

    static FindingTarget activityTarget(const Activity& a, const char* field)
    {
        return {FindingTarget::Kind::Activity, Catalogue::Kind::DataCategories, a.id, QLatin1String(field)};
    }

    static FindingTarget entryTarget(Catalogue::Kind kind, const QString& id, const char* field = "")
    {
        return {FindingTarget::Kind::CatalogueEntry, kind, id, QLatin1String(field)};
    }

    void indexCatalogues()
    {
        for (qsizetype i = 0; i < m_reg.dataCategories.size(); ++i) {
            m_dataIndex.insert(m_reg.dataCategories[i].id, i);
        }
        for (qsizetype i = 0; i < m_reg.recipients.size(); ++i) {
            m_recipientIndex.insert(m_reg.recipients[i].id, i);
        }
        for (const Activity& a : m_reg.activities) {
            for (const QString& id : a.dataCategories) {
                m_usedData.insert(id);
                if (a.retention) {
                    m_retainedData.insert(id);
                }
            }
            for (const QString& id : a.subjectCategories) {
                m_usedSubjects.insert(id);
            }
            for (const QString& id : a.recipients) {
                m_usedRecipients.insert(id);
            }
            for (const QString& id : a.sources) {
                m_usedSources.insert(id);
            }
            m_activityReviewsKept = m_activityReviewsKept || a.lastReviewed.has_value();
            if (a.hasBasis(Basis::Consent)) {
                for (PecrUse use : a.pecr) {
                    m_pecrWithConsent.insert(static_cast<int>(use));
                }
            }
        }
    }

    void checkOrganisation()
    {
        const Controller& c = m_reg.controller;
        if (blank(c.name)) {
            add("RB029", {FindingTarget::Kind::Controller, Catalogue::Kind::DataCategories, {}, QStringLiteral("name")},
                Text::tr("Organisation"), Text::tr("The register does not name the organisation that keeps it."),
                Text::tr("Enter the organisation's legal name in its details."));
        } else if (blank(c.address) && blank(c.email) && blank(c.phone)) {
            add("RB029",
                {FindingTarget::Kind::Controller, Catalogue::Kind::DataCategories, {}, QStringLiteral("address")},
                c.name, Text::tr("The register gives no address, email or phone number for %1.").arg(c.name),
                Text::tr("Enter at least one way to contact %1 in the organisation's details.").arg(c.name), false,
                Severity::Warning);
        }
        const QString orgName = blank(c.name) ? Text::tr("Organisation") : c.name;
        if (!m_reg.lastReviewed) {
            add("RB027",
                {FindingTarget::Kind::Register, Catalogue::Kind::DataCategories, {}, QStringLiteral("last_reviewed")},
                orgName, Text::tr("The register has never been reviewed."),
                Text::tr("Review the register and record the date and who reviewed it."));
        } else if (ReviewDue::isDue(m_reg.lastReviewed, m_options.today)) {
            add("RB027",
                {FindingTarget::Kind::Register, Catalogue::Kind::DataCategories, {}, QStringLiteral("last_reviewed")},
                orgName,
                Text::tr("The register was last reviewed on %1, more than 12 months ago.")
                    .arg(m_reg.lastReviewed->toString(Qt::ISODate)),
                Text::tr("Review the register and record the date and who reviewed it."));
        }
        for (PecrUse use : m_reg.pecrDeclared) {
            if (!m_pecrWithConsent.contains(static_cast<int>(use))) {
                add("RB019",
                    {FindingTarget::Kind::Register,
                     Catalogue::Kind::DataCategories,
                     {},
                     QStringLiteral("pecr_declared")},
                    orgName,
                    Text::tr("%1 says it uses %2, but no activity records that use with consent.")
                        .arg(orgName, pecrUseName(use).toLower()),
                    Text::tr("Record the activity behind it, tick the use and give it a consent basis."));
            }
        }
    }

    void checkBases(const Activity& a)
    {
        if (a.bases.isEmpty()) {
            add("RB001", activityTarget(a, "bases"), a.purpose, Text::tr("'%1' has no lawful basis.").arg(a.purpose),
                Text::tr("Choose the lawful basis the organisation relies on for '%1'.").arg(a.purpose));
        }
        for (const LawfulBasis& b : a.bases) {
            switch (b.basis) {
            case Basis::LegitimateInterests:
                if (blank(b.interest)) {
                    add("RB002", activityTarget(a, "bases.interest"), a.purpose,
                        Text::tr("'%1' relies on legitimate interests but does not say what the interest is.")
                            .arg(a.purpose),
                        Text::tr("Write down the interest pursued, in words a privacy notice can use."));
                }
                if (b.assessment.outcome == AssessmentOutcome::InterestsOverridden) {
                    add("RB004", activityTarget(a, "bases.assessment"), a.purpose,
                        Text::tr(
                            "The assessment for '%1' found that people's interests override the organisation's, yet "
                            "legitimate interests is still relied on.")
                            .arg(a.purpose),
                        Text::tr("Choose another lawful basis, or stop or change the processing."));
                } else if (!b.assessment.isComplete()) {
                    add("RB003", activityTarget(a, "bases.assessment"), a.purpose,
                        Text::tr("'%1' relies on legitimate interests without a complete legitimate interests "
                                 "assessment.")
                            .arg(a.purpose),
                        Text::tr("Record the purpose, necessity and balancing tests, the outcome and the date."));
                }
                break;
            case Basis::Consent:
                if (!b.consent.isComplete()) {
                    add("RB005", activityTarget(a, "bases.consent"), a.purpose,
                        Text::tr("'%1' relies on consent but does not record how it is obtained, how it is withdrawn "
                                 "and where the records are kept.")
                            .arg(a.purpose),
                        Text::tr("Fill in the consent record of the consent basis."));
                }
                break;
            case Basis::LegalObligation:
                if (blank(b.law)) {
                    add("RB025", activityTarget(a, "bases.law"), a.purpose,
                        Text::tr("'%1' relies on a legal obligation but does not name the law.").arg(a.purpose),
                        Text::tr("Name the law that requires the processing."));
                }
                break;
            default:
                break;
            }
        }
    }

    void checkSpecial(const Activity& a, bool& art9, bool& art10)
    {
        for (const QString& id : a.dataCategories) {
            const auto it = m_dataIndex.constFind(id);
            if (it == m_dataIndex.cend()) {
                continue;
            }
            const SpecialCategory special = m_reg.dataCategories[*it].special;
            art9 = art9 || special == SpecialCategory::Art9;
            art10 = art10 || special == SpecialCategory::Art10;
        }
        const QString condition = a.specialCondition.value_or(QString());
        if (art9 && blank(condition)) {
            add("RB006", activityTarget(a, "special_condition"), a.purpose,
                Text::tr("'%1' uses special category data without an Article 9(2) condition.").arg(a.purpose),
                Text::tr("Choose the Article 9(2) condition that applies, for example 9(2)(h) for health care."));
        }
        if (art9 && !blank(condition) && blank(a.schedule1Condition)) {
            const QChar letter = article9Letter(condition);
            if (letter == u'b' || letter == u'g' || letter == u'h' || letter == u'i' || letter == u'j') {
                add("RB007", activityTarget(a, "schedule1_condition"), a.purpose,
                    Text::tr(
                        "'%1' relies on Article 9(2)(%2), which needs a Schedule 1 condition, and none is recorded.")
                        .arg(a.purpose, letter),
                    Text::tr("Record the condition of Schedule 1 to the Data Protection Act 2018 that applies."));
            }
        }
        if (art10 && blank(a.schedule1Condition)) {
            add("RB008", activityTarget(a, "schedule1_condition"), a.purpose,
                Text::tr("'%1' uses criminal offence data without a Schedule 1 condition.").arg(a.purpose),
                Text::tr("Record the Schedule 1 condition, for example Part 1 paragraph 1 (employment)."));
        }
        if (art10 && blank(a.policyDocument)) {
            add("RB009", activityTarget(a, "policy_document"), a.purpose,
                Text::tr("'%1' uses criminal offence data with no appropriate policy document recorded.")
                    .arg(a.purpose),
                Text::tr("Write an appropriate policy document and record where it is kept."));
        }
    }

    void checkTransfers(const Activity& a)
    {
        for (const Transfer& t : a.transfers) {
            const QString country = t.country.trimmed().toUpper();
            if (!blank(t.safeguard)) {
                continue;
            }
            if (adequateCountries().contains(country)) {
                add("RB011", activityTarget(a, "transfers"), a.purpose,
                    Text::tr("'%1' sends data to %2 without saying what allows it.").arg(a.purpose, country),
                    Text::tr("Record the UK adequacy regulations for %1 as the safeguard.").arg(country));
            } else {
                add("RB010", activityTarget(a, "transfers"), a.purpose,
                    Text::tr("'%1' sends data to %2, which has no UK adequacy, with no safeguard.")
                        .arg(a.purpose, country),
                    Text::tr("Put a safeguard in place, such as the IDTA or the UK Addendum, and record it."));
            }
        }
        const auto recipient = [this](const QString& id) -> const Recipient* {
            const auto it = m_recipientIndex.constFind(id);
            return it == m_recipientIndex.cend() ? nullptr : &m_reg.recipients[*it];
        };
        for (const InternationalTransfers::Unrecorded& u : InternationalTransfers::unrecorded(a, recipient)) {
            add("RB012", activityTarget(a, "transfers"), a.purpose,
                Text::tr("'%1' shares data with %2 in %3 but records no transfer to %3.")
                    .arg(a.purpose, u.recipient->name, u.country),
                Text::tr("Add a transfer to %1 and record its safeguard.").arg(u.country), true);
        }
    }

    void checkPecr(const Activity& a)
    {
        const bool consent = a.hasBasis(Basis::Consent);
        if (a.pecr.contains(PecrUse::NonEssentialCookies) && !consent) {
            add("RB017", activityTarget(a, "pecr"), a.purpose,
                Text::tr("'%1' uses cookies that are not strictly necessary without asking for consent.")
                    .arg(a.purpose),
                Text::tr("Ask for consent before setting the cookies and record consent as the basis."), true);
        }
        if (a.pecr.contains(PecrUse::ElectronicMarketing) && !consent) {
            add("RB018", activityTarget(a, "pecr"), a.purpose,
                Text::tr("'%1' sends electronic marketing without consent.").arg(a.purpose),
                Text::tr("Ask for consent, or make sure the soft opt-in applies: existing customers, similar products, "
                         "and a chance to opt out each time."));
        }
    }

    void checkDpia(const Activity& a, bool art9, bool art10)
    {
        const DpiaScreening& s = a.dpiaScreening;
        const bool signs = art9 || art10 || a.automatedDecisions.status == AutomatedDecisionStatus::Yes ||
            s.has(DpiaCriterion::LargeScale) || s.has(DpiaCriterion::LargeScaleSpecialData) ||
            s.has(DpiaCriterion::LargeScaleProfiling) || s.has(DpiaCriterion::PublicMonitoring) ||
            s.has(DpiaCriterion::SystematicMonitoring);
        if (signs && a.dpia == DpiaStatus::NotAssessed) {
            add("RB020", activityTarget(a, "dpia"), a.purpose,
                Text::tr("'%1' shows signs of high risk but nobody has assessed whether it needs a DPIA.")
                    .arg(a.purpose),
                Text::tr("Go through the DPIA screening checklist and record the outcome."));
        }
        if (s.callsForDpia() && a.dpia == DpiaStatus::NotNeeded) {
            add("RB021", activityTarget(a, "dpia_screening"), a.purpose,
                Text::tr("The screening of '%1' calls for a DPIA, but the DPIA is marked as not needed.")
                    .arg(a.purpose),
                Text::tr("Carry out a DPIA, or correct the screening ticks."));
        }
        if (a.dpia == DpiaStatus::Needed || a.dpia == DpiaStatus::InProgress) {
            add("RB022", activityTarget(a, "dpia"), a.purpose,
                Text::tr("The DPIA for '%1' is not finished.").arg(a.purpose),
                Text::tr("Finish the DPIA before the processing starts, and mark it done."));
        }
        const AutomatedDecisions& ad = a.automatedDecisions;
        if (ad.status == AutomatedDecisionStatus::Yes && blank(ad.safeguards)) {
            add("RB023", activityTarget(a, "automated_decisions"), a.purpose,
                Text::tr("'%1' makes automated decisions about people with no safeguards recorded.").arg(a.purpose),
                Text::tr("Record how people get a human to look again, give their view and contest the decision."));
        } else if (ad.status == AutomatedDecisionStatus::NotAssessed) {
            add("RB024", activityTarget(a, "automated_decisions"), a.purpose,
                Text::tr("Nobody has said whether '%1' makes automated decisions about people.").arg(a.purpose),
                Text::tr("Record whether decisions are made by automated means alone."));
        }
    }

    void checkReview(const Activity& a)
    {
        if (!a.lastReviewed) {
            // Where no activity carries a review date of its own, reviews are kept for the register as a whole
            // (RB027); saying "never reviewed" of each activity would only repeat that.
            if (!m_activityReviewsKept) {
                return;
            }
            add("RB028", activityTarget(a, "last_reviewed"), a.purpose,
                Text::tr("'%1' has never been reviewed.").arg(a.purpose),
                Text::tr("Review the activity and record the date."), false, Severity::Info);
        } else if (ReviewDue::isDue(a.lastReviewed, m_options.today)) {
            add("RB028", activityTarget(a, "last_reviewed"), a.purpose,
                Text::tr("'%1' was last reviewed on %2, more than 12 months ago.")
                    .arg(a.purpose, a.lastReviewed->toString(Qt::ISODate)),
                Text::tr("Review the activity and record the date."));
        }
    }

    void checkActivity(const Activity& a)
    {
        checkBases(a);
        bool art9 = false;
        bool art10 = false;
        checkSpecial(a, art9, art10);
        checkTransfers(a);
        if (!a.retention) {
            add("RB013", activityTarget(a, "retention"), a.purpose,
                Text::tr("'%1' does not say how long its data is kept.").arg(a.purpose),
                Text::tr("Add a retention rule for '%1' and give it a period or an event.").arg(a.purpose), true);
        }
        checkPecr(a);
        checkDpia(a, art9, art10);
        checkReview(a);
    }

    void unused(Catalogue::Kind kind, const QString& id, const QString& name, const QSet<QString>& used)
    {
        if (!used.contains(id)) {
            add("RB026", entryTarget(kind, id), name,
                Text::tr("The %1 '%2' is used by no activity.").arg(Catalogue::singular(kind), name),
                Text::tr("Delete it if it is out of date, or add it to the activities that use it."));
        }
    }

    void checkCatalogues()
    {
        for (const DataCategory& d : m_reg.dataCategories) {
            unused(Catalogue::Kind::DataCategories, d.id, d.name, m_usedData);
            if (m_usedData.contains(d.id) && !m_retainedData.contains(d.id)) {
                add("RB014", entryTarget(Catalogue::Kind::DataCategories, d.id), d.name,
                    Text::tr("No activity that uses '%1' says how long it is kept.").arg(d.name),
                    Text::tr("Give the activities that use '%1' a retention rule.").arg(d.name));
            }
        }
        for (const SubjectCategory& s : m_reg.subjectCategories) {
            unused(Catalogue::Kind::Subjects, s.id, s.name, m_usedSubjects);
        }
        for (const Recipient& r : m_reg.recipients) {
            unused(Catalogue::Kind::Recipients, r.id, r.name, m_usedRecipients);
            if (r.kind == RecipientKind::Processor && blank(r.contract)) {
                add("RB016", entryTarget(Catalogue::Kind::Recipients, r.id, "contract"), r.name,
                    Text::tr("%1 is a processor but no contract with it is recorded.").arg(r.name),
                    Text::tr("Put an Article 28 contract in place with %1 and record where it is kept.").arg(r.name));
            }
        }
        for (const Source& s : m_reg.sources) {
            unused(Catalogue::Kind::Sources, s.id, s.name, m_usedSources);
        }
        for (const RetentionRule& r : m_reg.retentionRules) {
            if (blank(r.period) && blank(r.trigger)) {
                add("RB015", entryTarget(Catalogue::Kind::RetentionRules, r.id, "period"), r.description,
                    Text::tr("The retention rule '%1' gives neither a period nor an event.").arg(r.description),
                    Text::tr("Give '%1' a period, an event after which data is deleted, or both.").arg(r.description));
            }
        }
    }

    const Register& m_reg;
    const Checker::Options& m_options;
    QList<Finding> m_findings;
    QHash<QString, qsizetype> m_dataIndex;
    QHash<QString, qsizetype> m_recipientIndex;
    QSet<QString> m_usedData;
    QSet<QString> m_retainedData;
    QSet<QString> m_usedSubjects;
    QSet<QString> m_usedRecipients;
    QSet<QString> m_usedSources;
    QSet<int> m_pecrWithConsent;
    bool m_activityReviewsKept = false; // some activity has a review date of its own
};

} // namespace

QList<Finding> Checker::run(const Register& reg, const Options& options)
{
    return Run(reg, options).findings();
}

QList<RegisterChange> Checker::mechanicalFix(const Register& reg, const Finding& finding)
{
    if (!finding.hasMechanicalFix || finding.target.kind != FindingTarget::Kind::Activity) {
        return {};
    }
    const QList<Finding> now = run(reg);
    if (!now.contains(finding)) {
        return {};
    }
    const qsizetype index = reg.indexOfActivity(finding.target.id);
    if (index < 0) {
        return {};
    }
    Activity activity = reg.activities[index];
    if (finding.ruleId == u"RB017") {
        activity.bases.push_back(LawfulBasis(Basis::Consent));
        return {RegisterChange::UpdateActivity{activity}};
    }
    if (finding.ruleId == u"RB012") {
        const auto recipient = [&reg](const QString& id) -> const Recipient* {
            const qsizetype r = Catalogue::indexOf(reg, Catalogue::Kind::Recipients, id);
            return r < 0 ? nullptr : &reg.recipients[r];
        };
        for (const InternationalTransfers::Unrecorded& u : InternationalTransfers::unrecorded(activity, recipient)) {
            activity.transfers.push_back(Transfer{u.country, {}});
        }
        return {RegisterChange::UpdateActivity{activity}};
    }
    if (finding.ruleId == u"RB013") {
        const CatalogueEntry entry = Catalogue::newEntry(reg, Catalogue::Kind::RetentionRules, activity.purpose);
        activity.retention = Catalogue::idOf(entry);
        return {RegisterChange::InsertEntry{entry, reg.retentionRules.size()},
                RegisterChange::UpdateActivity{activity}};
    }
    return {};
}

Checker::Counts Checker::count(const QList<Finding>& findings)
{
    Counts counts;
    for (const Finding& f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

QString Checker::inWords(const Counts& counts)
{
    if (counts.errors + counts.warnings + counts.infos == 0) {
        return Text::tr("no findings");
    }
    const auto part = [](int n, const char* one, const char* many) {
        return (n == 1 ? Text::tr(one) : Text::tr(many)).arg(n);
    };
    return part(counts.errors, "%1 error", "%1 errors") + QStringLiteral(", ") +
        part(counts.warnings, "%1 warning", "%1 warnings") + QStringLiteral(", ") +
        Text::tr("%1 for information").arg(counts.infos);
}

} // namespace ropa::checks
