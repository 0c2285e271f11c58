#include "checks/RuleSet.h"

#include <QCoreApplication>
#include <algorithm>

namespace ropa::checks {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::checks::RuleSet", text);
}

QList<Rule> makeRules()
{
    const auto e = Severity::Error;
    const auto w = Severity::Warning;
    const auto i = Severity::Info;
    struct Raw
    {
        const char* id;
        Severity severity;
        const char* article;
        QString title;
        QString help;
    };
    const Raw raw[] = {
        {"RB001", e, "Art. 6(1) UK GDPR", tr("Activity with no lawful basis"),
         tr("Every use of personal data needs at least one of the six lawful bases of Article 6(1); without one the "
            "processing is unlawful.")},
        {"RB002", w, "Art. 6(1)(f), 13(1)(d) UK GDPR", tr("Legitimate interests with no interest recorded"),
         tr("Relying on legitimate interests means naming the interest pursued; privacy notices must tell people "
            "what it is.")},
        {"RB003", w, "Art. 6(1)(f), 5(2) UK GDPR", tr("Legitimate interests without a complete assessment"),
         tr("The ICO expects a legitimate interests assessment (purpose, necessity and balancing tests, with an "
            "outcome and a date) behind every reliance on legitimate interests, to show accountability.")},
        {"RB004", e, "Art. 6(1)(f) UK GDPR", tr("Legitimate interests relied on although overridden"),
         tr("When the balancing test finds that people's interests override the organisation's, legitimate "
            "interests cannot be relied on for that processing.")},
        {"RB005", w, "Art. 7(1), 7(3) UK GDPR", tr("Consent with an incomplete consent record"),
         tr("Where consent is relied on, the organisation must be able to show how it was given and how it can be "
            "withdrawn as easily as it was given.")},
        {"RB006", e, "Art. 9(1)-(2) UK GDPR", tr("Special category data with no Article 9 condition"),
         tr("Special category data (health, ethnicity, religion and the like) may only be used under one of the "
            "conditions of Article 9(2), besides a lawful basis.")},
        {"RB007", w, "DPA 2018 s.10(2)-(3)", tr("Article 9 condition with no Schedule 1 condition"),
         tr("The conditions of Article 9(2)(b), (g), (h), (i) and (j) are met in the UK only with a condition of "
            "Schedule 1 to the Data Protection Act 2018.")},
        {"RB008", e, "Art. 10 UK GDPR; DPA 2018 s.10(5), Sch. 1 Parts 1-3",
         tr("Criminal offence data with no Schedule 1 condition"),
         tr("Criminal offence data (such as DBS checks) may only be used under a condition of Parts 1 to 3 of "
            "Schedule 1 to the Data Protection Act 2018.")},
        {"RB009", w, "DPA 2018 Sch. 1 Part 4", tr("Criminal offence data with no appropriate policy document"),
         tr("Most Schedule 1 conditions require an appropriate policy document explaining how the data is "
            "protected and how long it is kept.")},
        {"RB010", e, "Arts. 44A, 46, 30(1)(e) UK GDPR (Arts. 44-46 before the DUAA 2025)",
         tr("Transfer with no safeguard"),
         tr("Personal data may go to a country without UK adequacy regulations only with an appropriate safeguard "
            "such as the IDTA or the Addendum to the EU standard contractual clauses.")},
        {"RB011", w, "Art. 45A UK GDPR (Art. 45 and DPA 2018 s.17A before the DUAA 2025)",
         tr("Adequacy transfer with no safeguard recorded"),
         tr("A transfer to a country with UK adequacy regulations is allowed; the record should say so, naming "
            "the adequacy regulations as the ground.")},
        {"RB012", e, "Art. 30(1)(d)-(e), 44A UK GDPR", tr("Recipient outside the UK with no transfer recorded"),
         tr("Sending data to a recipient outside the UK is a restricted transfer: the record must list the country "
            "and the safeguard.")},
        {"RB013", w, "Art. 30(1)(f), 5(1)(e) UK GDPR", tr("Activity with no retention rule"),
         tr("The record should give the time limits for erasure; data must not be kept longer than needed.")},
        {"RB014", w, "Art. 5(1)(e) UK GDPR", tr("Data category with no retention"),
         tr("Every category of data should be covered by a retention rule in some activity that uses it.")},
        {"RB015", w, "Art. 30(1)(f) UK GDPR", tr("Retention rule with neither a period nor an event"),
         tr("A retention rule should say how long data is kept: a period, an event after which it is deleted, or "
            "both.")},
        {"RB016", w, "Art. 28(3), 28(9) UK GDPR", tr("Processor with no contract recorded"),
         tr("A processor must work under a written contract with the terms of Article 28(3).")},
        {"RB017", e, "PECR reg. 6", tr("Non-essential cookies without consent"),
         tr("Cookies and similar technologies that are not strictly necessary, analytics included, need the "
            "user's consent.")},
        {"RB018", w, "PECR reg. 22", tr("Electronic marketing without consent"),
         tr("Marketing by email or text to individuals needs their consent, unless the soft opt-in for existing "
            "customers applies.")},
        {"RB019", w, "PECR regs. 6, 22", tr("Declared PECR use with no consent activity"),
         tr("The organisation says it uses marketing or cookies that PECR governs; some activity should record that "
            "use with consent.")},
        {"RB020", w, "Art. 35(1), 35(3) UK GDPR", tr("High-risk signs with no DPIA assessment"),
         tr("Special category or criminal offence data, automated decisions, large-scale processing or "
            "monitoring are signs of high risk; whether a DPIA is needed should be assessed.")},
        {"RB021", e, "Art. 35(1), 35(3) UK GDPR", tr("Screening calls for a DPIA marked not needed"),
         tr("The DPIA screening ticks call for a DPIA, so it cannot be marked as not needed.")},
        {"RB022", w, "Art. 35(1) UK GDPR", tr("DPIA not done"),
         tr("A DPIA must be carried out before the processing starts.")},
        {"RB023", e, "Art. 22(3) UK GDPR; DPA 2018 s.14", tr("Automated decisions with no safeguards"),
         tr("People subject to solely automated decisions must be able to get human intervention, express their "
            "view and contest the decision.")},
        {"RB024", i, "Art. 13(2)(f) UK GDPR", tr("Automated decisions not assessed"),
         tr("Privacy notices must say whether automated decision-making takes place; the activity has not been "
            "assessed.")},
        {"RB025", w, "Art. 6(3) UK GDPR", tr("Legal obligation with no law named"),
         tr("A legal obligation must be laid down by law; the record should name it.")},
        {"RB026", w, "Art. 30(1) UK GDPR", tr("Catalogue entry used by no activity"),
         tr("An entry no activity uses is either out of date or a sign that an activity is missing from the "
            "register.")},
        {"RB027", w, "Art. 5(2), 24(1) UK GDPR", tr("Register not reviewed for 12 months"),
         tr("Measures must be reviewed and updated where necessary; a yearly review of the register is the usual "
            "practice.")},
        {"RB028", w, "Art. 5(2), 24(1) UK GDPR", tr("Activity not reviewed for 12 months"),
         tr("Each activity should be reviewed at least once a year. Once any activity carries a review date of its "
            "own, the ones without are listed as never reviewed; until then the register's review covers them.")},
        {"RB029", e, "Art. 30(1)(a) UK GDPR", tr("Controller details missing"),
         tr("The record must give the name and contact details of the controller.")},
    };
    QList<Rule> rules;
    for (const Raw& r : raw) {
        rules.push_back({QLatin1String(r.id), r.severity, QString::fromUtf8(r.article), r.title, r.help});
    }
    return rules;
}
} // namespace

QString RuleSet::version()
{
    return QStringLiteral("2026.12");
}

const QList<Rule>& RuleSet::rules()
{
    static const QList<Rule> all = makeRules();
    return all;
}

const Rule* RuleSet::find(QStringView id)
{
    const QList<Rule>& all = rules();
    const auto it = std::find_if(all.cbegin(), all.cend(), [id](const Rule& r) { return r.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

} // namespace ropa::checks
