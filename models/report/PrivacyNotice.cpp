#include "report/PrivacyNotice.h"

#include "domain/DataSubjectRights.h"
#include "report/LawfulBasisMatrix.h"
#include "report/PdfComposer.h"
#include "report/RegisterHtml.h"

#include <QCoreApplication>

namespace ropa::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::report::PrivacyNotice", text);
}

// How each basis reads in the legend sentence, the marker following straight after.
QString legendPhrase(Basis basis)
{
    switch (basis) {
    case Basis::Contract:
        return tr("to allow us to enter into and perform our contract with you");
    case Basis::LegalObligation:
        return tr("to enable us to comply with legal obligations");
    case Basis::LegitimateInterests:
        return tr("in order to pursue legitimate interests of our own or those of third parties");
    case Basis::Consent:
        return tr("where you have given us your consent");
    case Basis::VitalInterests:
        return tr("to protect your vital interests or those of another person");
    case Basis::PublicTask:
        return tr("to perform a task in the public interest");
    }
    return {};
}

QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? RegisterHtml::notRecorded() : text;
}

} // namespace

PrivacyNotice::PrivacyNotice(const Register& reg)
    : m_register(reg)
{ }

QString PrivacyNotice::title() const
{
    return tr("Privacy notice") + QStringLiteral(" - ") + orNotRecorded(m_register.controller.name);
}

QString PrivacyNotice::legendSentence() const
{
    const LawfulBasisMatrix matrix(m_register);
    QStringList phrases;
    for (const Basis basis : matrix.markedBases()) {
        phrases << legendPhrase(basis) + matrix.marker(basis);
    }
    const QString last = phrases.takeLast();
    return tr("We need the categories of information listed above %1, and %2 (provided your interests and fundamental "
              "rights do not override those interests). We have indicated by asterisks the purpose or purposes for "
              "which we are processing or will process your personal information.")
        .arg(phrases.join(QStringLiteral(", ")), last);
}

QList<PrivacyNotice::Part> PrivacyNotice::parts() const
{
    const Controller& c = m_register.controller;
    QList<Part> parts;

    Part who{tr("Who we are"), {}, {}, {}};
    const QString address = c.address.trimmed().replace(QLatin1Char('\n'), QStringLiteral(", "));
    who.paragraphs << (address.isEmpty()
                           ? tr("In this privacy notice 'we' means %1.").arg(orNotRecorded(c.name))
                           : tr("In this privacy notice 'we' means %1 of %2.").arg(orNotRecorded(c.name), address))
                   << tr("We are the data controller of your personal information for the purposes of the UK GDPR and "
                         "the Data Protection Act 2018.");
    QStringList contacts;
    if (!c.email.isEmpty()) {
        contacts << tr("by email at %1").arg(c.email);
    }
    if (!c.phone.isEmpty()) {
        contacts << tr("by telephone on %1").arg(c.phone);
    }
    if (!contacts.isEmpty()) {
        who.paragraphs << tr("You can contact us about privacy or data protection %1.").arg(contacts.join(tr(" or ")));
    }
    if (!c.dpo.isEmpty()) {
        who.paragraphs << tr("Our data protection officer or privacy contact is %1.").arg(c.dpo);
    }
    if (!c.icoRegistration.isEmpty()) {
        who.paragraphs << tr("We are registered with the Information Commissioner's Office under number %1.")
                              .arg(c.icoRegistration);
    }
    parts << who;

    Part collect{
        tr("What information we collect about you"), {tr("We may collect the following information:")}, {}, {}};
    for (const DataCategory& d : m_register.dataCategories) {
        collect.bullets << (d.description.isEmpty() ? d.name : d.name + QStringLiteral(": ") + d.description);
    }
    parts << collect;

    Part sources{
        tr("Where we get your information from"), {tr("We collect information about you from these sources:")}, {}, {}};
    for (const Source& s : m_register.sources) {
        sources.bullets << s.name;
    }
    parts << sources;

    const LawfulBasisMatrix matrix(m_register);
    Part use{tr("How we use your personal information"), {legendSentence()}, {}, {}};
    for (const LawfulBasisMatrix::Row& row : matrix.rows()) {
        use.bullets << matrix.rowText(row);
    }
    for (const Activity& a : m_register.activities) {
        const LawfulBasis* lo = a.findBasis(Basis::LegalObligation);
        if (lo && !lo->law.trimmed().isEmpty()) {
            use.after << tr("%1: the law that requires it is %2.").arg(a.purpose.simplified(), lo->law.trimmed());
        }
        const LawfulBasis* li = a.findBasis(Basis::LegitimateInterests);
        if (li && !li->interest.trimmed().isEmpty()) {
            use.after << tr("%1: our legitimate interest is %2.").arg(a.purpose.simplified(), li->interest.trimmed());
        }
    }
    parts << use;

    Part share{tr("Who we share your personal information with"), {tr("We may share your information with:")}, {}, {}};
    for (const Recipient& r : m_register.recipients) {
        share.bullets << (r.purpose.isEmpty() ? r.name : r.name + QStringLiteral(": ") + r.purpose);
    }
    for (const Activity& a : m_register.activities) {
        for (const Transfer& t : a.transfers) {
            share.after << tr("For %1 your information is transferred to %2; safeguard: %3.")
                               .arg(a.purpose.simplified(), t.country, orNotRecorded(t.safeguard));
        }
    }
    parts << share;

    Part keep{tr("How long we keep your personal information"),
              {tr("We keep your personal information only for as long as we need it for the purposes for which it was "
                  "collected.")},
              {},
              {}};
    for (const RetentionRule& r : m_register.retentionRules) {
        keep.bullets << r.description;
    }
    parts << keep;

    Part rights{tr("Your rights"),
                {tr("You have the right to be informed about how we use your information, to access it, to have it "
                    "corrected and to restrict how we use it. Other rights depend on the lawful basis we rely on:")},
                {},
                {tr("You can object to direct marketing at any time, whatever the basis.")}};
    for (const Basis basis : matrix.markedBases()) {
        const QList<Right> available = DataSubjectRights::available({LawfulBasis{basis}});
        QStringList extra;
        for (const Right right : {Right::Erasure, Right::Portability, Right::Object, Right::WithdrawConsent}) {
            if (available.contains(right)) {
                extra << DataSubjectRights::name(right).toLower();
            }
        }
        // No markers here: this list is not a list of purposes, and a reader of the notice must not take it for one.
        rights.bullets << tr("Where we rely on %1: %2")
                              .arg(basisName(basis).toLower(),
                                   extra.isEmpty() ? tr("no further rights") : extra.join(QStringLiteral(", ")));
    }
    parts << rights;

    Part complain{
        tr("How to complain"),
        {tr("If you wish to complain about how we collect or use your personal information, please contact us "
            "first so that we can try to resolve it."),
         tr("You have the right to lodge a complaint with the Information Commissioner's Office (ICO), the UK "
            "supervisory authority for data protection: ico.org.uk, telephone 0303 123 1113.")},
        {},
        {}};
    parts << complain;
    for (Part& part : parts) {
        if (part.bullets.isEmpty() && part.heading != complain.heading && part.heading != who.heading) {
            part.paragraphs = QStringList{RegisterHtml::notRecorded() + QLatin1Char('.')};
        }
    }
    return parts;
}

QString PrivacyNotice::text() const
{
    QString out = title() + QStringLiteral("\n");
    for (const Part& part : parts()) {
        out += QStringLiteral("\n") + part.heading + QStringLiteral("\n\n");
        for (const QString& p : part.paragraphs) {
            out += p + QStringLiteral("\n\n");
        }
        for (const QString& b : part.bullets) {
            out += QStringLiteral("  \u2022 ") + b + QStringLiteral("\n");
        }
        if (!part.bullets.isEmpty()) {
            out += QStringLiteral("\n");
        }
        for (const QString& p : part.after) {
            out += p + QStringLiteral("\n\n");
        }
    }
    return out;
}

QString PrivacyNotice::bodyHtml() const
{
    QString html = QStringLiteral("<h1>") + title().toHtmlEscaped() + QStringLiteral("</h1>\n");
    for (const Part& part : parts()) {
        html += QStringLiteral("<h2>") + part.heading.toHtmlEscaped() + QStringLiteral("</h2>\n");
        for (const QString& p : part.paragraphs) {
            html += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>\n");
        }
        if (!part.bullets.isEmpty()) {
            html += QStringLiteral("<ul>\n");
            for (const QString& b : part.bullets) {
                html += QStringLiteral("<li>") + b.toHtmlEscaped() + QStringLiteral("</li>\n");
            }
            html += QStringLiteral("</ul>\n");
        }
        for (const QString& p : part.after) {
            html += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>\n");
        }
    }
    return html;
}

QByteArray PrivacyNotice::html() const
{
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
        title().toHtmlEscaped() + QStringLiteral("</title>\n<style>\n") + RegisterHtml::styleSheet() +
        QStringLiteral(
            "\nbody { max-width: 50em; margin: 2em auto; padding: 0 1em; font-size: 11pt; line-height: 1.4; }\n"
            "</style>\n</head>\n<body>\n") +
        bodyHtml() + QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

QByteArray PrivacyNotice::pdf(const DocumentInfo& info) const
{
    const QString controller = orNotRecorded(m_register.controller.name);
    PdfComposer::Options options;
    options.orientation = QPageLayout::Portrait;
    options.title = title();
    options.author = controller;
    options.subject =
        tr("Privacy notice generated from the record of processing activities, version %1").arg(info.revision);
    options.headerText = tr("Privacy notice");
    options.footerText = controller;
    options.styleSheet = RegisterHtml::styleSheet() +
        QStringLiteral(" p, li { font-size: 10pt; } h2 { margin-top: 12pt; } li { margin-bottom: 2pt; }");
    PdfComposer composer(options);
    composer.layout({PdfComposer::Section::text(bodyHtml(), true)});
    return composer.render();
}

} // namespace ropa::report
