<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AuditAction</name>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawful bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9/10 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated decision-making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created the register with %n activities</source>
        <translation>
            <numerusform>Created the register with %n activity</numerusform>
            <numerusform>Created the register with %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n activities from %1</source>
        <translation>
            <numerusform>Imported %n activity from %1</numerusform>
            <numerusform>Imported %n activities from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added activity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted activity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved activity &apos;%1&apos; from place %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the %1 of %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the organisation&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PECR uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took away the access of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave &apos;%1&apos; %2 access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the fix for finding %1 to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the register&apos;s own details are among the first an attacker tries; use random words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A determined attacker could guess this; add more random words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable; one more random word would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to guess; a good choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of reach of guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of five or more random words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be guessed almost at once; use five or more random words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the KJM Group demo register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA Manager keeps a GDPR Record of Processing Activities in an encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register to open: a .ropa file or a server address (postgresql://...); the start window without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::Activity</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to a file that does not exist; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is neither a file nor a device or pipe; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::AutomatedDecisions</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::BoundedFile</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; at most %3 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew past %2 while it was read; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::Catalogue</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data is, such as &quot;Contact details&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data (Art. 9) and criminal offence data (Art. 10) need a condition as well as a lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the data is disclosed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A processor acts on your instructions; a controller decides for itself what it does with the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code, such as GB or US; leave empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data is shared with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a processor: where the Article 28 contract with them is kept, as a link or a document reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long, such as 12 months, 6 years or 1 year 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event the period counts from, such as &quot;the end of the contract&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::DataCategory</name>
    <message>
        <source>Ordinary personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data (Article 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data (Article 10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::DataSubjectRights</name>
    <message>
        <source>To be informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent at any time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::DpiaScreening</name>
    <message>
        <source>Systematic, extensive profiling or automated decisions that significantly affect people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category or criminal offence data on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring of a publicly accessible place on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling, automated decisions or special category data used to decide access to a service, opportunity or benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric or genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combining, comparing or matching data from several sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data used without a privacy notice given to the person directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking people&apos;s location or behaviour, online or offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s data used for profiling, automated decisions or marketing, or online services offered to children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach could put someone&apos;s physical safety at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions with significant effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive data or data of a highly personal nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data about vulnerable people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative technological or organisational solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops people exercising a right or using a service or contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::LawfulBasis</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has clearly agreed to this use of their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to carry out a contract with the person, or to take steps they asked for before one, such as a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to comply with a law that applies to us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to protect someone&apos;s life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for a task in the public interest or an official function set out in law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for a genuine interest of ours or of others, where it does not override the person&apos;s own interests and rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it when you can offer people a real choice: they opt in, nothing depends on saying yes, and they can change their mind as easily as they agreed. Record how you ask, how people withdraw and where the records of who agreed are kept. Marketing emails and non-essential cookies usually need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it for what you must do to deliver what the person signed up for or asked you to quote for. It does not cover things that are merely useful to the business, such as marketing to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it when a law requires the processing, not a contract or a choice of yours. Name the law, such as the Building Regulations or the Money Laundering Regulations, so anyone can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it only in an emergency, when someone&apos;s life is at risk and they cannot agree themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainly for public authorities, or others carrying out an official function, whose task has a clear basis in law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most flexible basis: use it for processing people would reasonably expect, with little impact on their privacy. Write down the interest, and a legitimate-interests assessment: why the interest matters, why the processing is needed for it, and why it does not override the person&apos;s interests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::LegitimateInterestsAssessment</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: people&apos;s interests do not override ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: people&apos;s interests override ours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::PecrUse</name>
    <message>
        <source>Marketing by email, text or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics, advertising or other non-essential cookies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::Platform</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::Recipient</name>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::RegisterDiff</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO or privacy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PECR uses declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (details changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 -&gt; %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::RetentionRule</name>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::checks</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::checks::Checker</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not name the organisation that keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s legal name in its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register gives no address, email or phone number for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one way to contact %1 in the organisation&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has never been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the register and record the date and who reviewed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was last reviewed on %1, more than 12 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it uses %2, but no activity records that use with consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the activity behind it, tick the use and give it a consent basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lawful basis the organisation relies on for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; relies on legitimate interests but does not say what the interest is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the interest pursued, in words a privacy notice can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment for &apos;%1&apos; found that people&apos;s interests override the organisation&apos;s, yet legitimate interests is still relied on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another lawful basis, or stop or change the processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; relies on legitimate interests without a complete legitimate interests assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the purpose, necessity and balancing tests, the outcome and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; relies on consent but does not record how it is obtained, how it is withdrawn and where the records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the consent record of the consent basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; relies on a legal obligation but does not name the law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the law that requires the processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses special category data without an Article 9(2) condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Article 9(2) condition that applies, for example 9(2)(h) for health care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; relies on Article 9(2)(%2), which needs a Schedule 1 condition, and none is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the condition of Schedule 1 to the Data Protection Act 2018 that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses criminal offence data without a Schedule 1 condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the Schedule 1 condition, for example Part 1 paragraph 1 (employment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses criminal offence data with no appropriate policy document recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an appropriate policy document and record where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; sends data to %2 without saying what allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the UK adequacy regulations for %1 as the safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; sends data to %2, which has no UK adequacy, with no safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a safeguard in place, such as the IDTA or the UK Addendum, and record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; shares data with %2 in %3 but records no transfer to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a transfer to %1 and record its safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses cookies that are not strictly necessary without asking for consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for consent before setting the cookies and record consent as the basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; sends electronic marketing without consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for consent, or make sure the soft opt-in applies: existing customers, similar products, and a chance to opt out each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; shows signs of high risk but nobody has assessed whether it needs a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the DPIA screening checklist and record the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening of &apos;%1&apos; calls for a DPIA, but the DPIA is marked as not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out a DPIA, or correct the screening ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPIA for &apos;%1&apos; is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the DPIA before the processing starts, and mark it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; makes automated decisions about people with no safeguards recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how people get a human to look again, give their view and contest the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has said whether &apos;%1&apos; makes automated decisions about people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether decisions are made by automated means alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has never been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the activity and record the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was last reviewed on %2, more than 12 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not say how long its data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a retention rule for &apos;%1&apos; and give it a period or an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is used by no activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it if it is out of date, or add it to the activities that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity that uses &apos;%1&apos; says how long it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activities that use &apos;%1&apos; a retention rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a processor but no contract with it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an Article 28 contract in place with %1 and record where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule &apos;%1&apos; gives neither a period nor an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &apos;%1&apos; a period, an event after which data is deleted, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::checks::RuleSet</name>
    <message>
        <source>Activity with no lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every use of personal data needs at least one of the six lawful bases of Article 6(1); without one the processing is unlawful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests with no interest recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying on legitimate interests means naming the interest pursued; privacy notices must tell people what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests without a complete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO expects a legitimate interests assessment (purpose, necessity and balancing tests, with an outcome and a date) behind every reliance on legitimate interests, to show accountability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests relied on although overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the balancing test finds that people&apos;s interests override the organisation&apos;s, legitimate interests cannot be relied on for that processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent with an incomplete consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where consent is relied on, the organisation must be able to show how it was given and how it can be withdrawn as easily as it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data with no Article 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category data (health, ethnicity, religion and the like) may only be used under one of the conditions of Article 9(2), besides a lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 condition with no Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions of Article 9(2)(b), (g), (h), (i) and (j) are met in the UK only with a condition of Schedule 1 to the Data Protection Act 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data with no Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data (such as DBS checks) may only be used under a condition of Parts 1 to 3 of Schedule 1 to the Data Protection Act 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data with no appropriate policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most Schedule 1 conditions require an appropriate policy document explaining how the data is protected and how long it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer with no safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data may go to a country without UK adequacy regulations only with an appropriate safeguard such as the IDTA or the Addendum to the EU standard contractual clauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy transfer with no safeguard recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer to a country with UK adequacy regulations is allowed; the record should say so, naming the adequacy regulations as the ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient outside the UK with no transfer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending data to a recipient outside the UK is a restricted transfer: the record must list the country and the safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity with no retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record should give the time limits for erasure; data must not be kept longer than needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data category with no retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category of data should be covered by a retention rule in some activity that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule with neither a period nor an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention rule should say how long data is kept: a period, an event after which it is deleted, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor with no contract recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A processor must work under a written contract with the terms of Article 28(3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-essential cookies without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies and similar technologies that are not strictly necessary, analytics included, need the user&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic marketing without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing by email or text to individuals needs their consent, unless the soft opt-in for existing customers applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared PECR use with no consent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation says it uses marketing or cookies that PECR governs; some activity should record that use with consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk signs with no DPIA assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category or criminal offence data, automated decisions, large-scale processing or monitoring are signs of high risk; whether a DPIA is needed should be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening calls for a DPIA marked not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPIA screening ticks call for a DPIA, so it cannot be marked as not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA must be carried out before the processing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions with no safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People subject to solely automated decisions must be able to get human intervention, express their view and contest the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notices must say whether automated decision-making takes place; the activity has not been assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation with no law named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal obligation must be laid down by law; the record should name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue entry used by no activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry no activity uses is either out of date or a sign that an activity is missing from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register not reviewed for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures must be reviewed and updated where necessary; a yearly review of the register is the usual practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity not reviewed for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each activity should be reviewed at least once a year. Once any activity carries a review date of its own, the ones without are listed as never reviewed; until then the register&apos;s review covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller details missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record must give the name and contact details of the controller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli</name>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::AccessCommand</name>
    <message>
        <source>say what a server role may do with a server register: read and export (viewer), edit (editor), also review and manage access (dpo), or nothing (none); for the register&apos;s DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;access&apos; is for registers on a server: give its address, postgresql://host/database?register=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has %2 access to %3 (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::BackupCommand</name>
    <message>
        <source>write an encrypted copy of the register to the new file OUT; it opens with the same passphrase and has the same fingerprint and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file, so choose a new name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::CheckCommand</name>
    <message>
        <source>check the register against the compliance rules; exits 1 when a finding is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings&apos; format: text, json or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format of &apos;check&apos; (text, json or sarif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule set %2, %3 errors, %4 warnings, %5 information
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::CliApp</name>
    <message>
        <source>Run &apos;ropa-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ropa-cli COMMAND [ARGUMENTS] [OPTIONS]

Keeps a GDPR Record of Processing Activities (Article 30) in an encrypted .ropa file.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;ropa-cli COMMAND --help&apos; describes a command and its options.

The passphrase comes from --passphrase-file FILE, else the ROPA_PASSPHRASE environment variable,
else a prompt on the terminal; it is never taken as an argument.

passwd takes the new passphrase from --new-passphrase-file FILE, else ROPA_NEW_PASSPHRASE, else
two prompts on the terminal.

Exit codes: 0 ok, 1 checks found errors or verify found problems, 2 usage or input error,
3 wrong passphrase or not a register, 4 file error, damaged file or register open elsewhere.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the command before its options: &apos;%1&apos; came first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a server register&apos;s password from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ropa-cli %1 %2

%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a server register&apos;s password from the first line of FILE, where the server asks for one that is not in your password file (PGPASSFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;ropa-cli %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (a file, device or pipe) instead of standard output; - is standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;--format %1&apos; writes a file; name it with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named as another kind of file, but &apos;--format %2&apos; writes %3: name it %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::DemoCommand</name>
    <message>
        <source>create the KJM Group demo register and every document in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a demo register already in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;demo&apos; needs --out DIR, the folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it with a fresh demo register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::DiffCommand</name>
    <message>
        <source>show what changed since the last review, or between two reviews (REV: a review&apos;s version, or &apos;current&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the last review with the register now (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review to compare from, by its version, or &apos;current&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review to compare to, by its version, or &apos;current&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format: text, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format of &apos;diff&apos; (text, html or pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF needs a file to go to: give -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --since-review or --from and --to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been reviewed yet, so there is nothing to compare; record a review with &apos;ropa-cli review&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (the register now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (reviewed on %2 by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a review of %2; it was reviewed at version %3 (or give &apos;current&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in %1
from %2
to %3

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::DocumentCommand</name>
    <message>
        <source>The document&apos;s format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the Article 30 register (pdf or html) with the compliance checks&apos; findings, as they stand when it is produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the ICO template&apos;s CSV (csv) with its column titles, without the controller&apos;s details above them, for programs that read a plain table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format notice: write nothing, and exit with 1, where the register lacks an item that Articles 13 and 14 require a privacy notice to give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;--%1&apos; %2: use it with --format %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format of &apos;%2&apos; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds the findings to the Article 30 register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts the ICO template&apos;s CSV with its column titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: not written, because the register lacks an item that a privacy notice must give (--strict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: not written, because the register lacks %1 items that a privacy notice must give (--strict).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::ExportCommand</name>
    <message>
        <source>write a document (to standard output without -o where it is text): pdf (Article 30 register, PDF/A), html (the same as one page), csv or xlsx (ICO template), json (.ropa.json), notice (privacy notice: text, or HTML or PDF by the ending of OUT; it names what the register lacks, and --strict refuses to write it then)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::ImportCommand</name>
    <message>
        <source>read a register export, or the purposes and lawful bases of a privacy notice (text, Markdown or a saved HTML page), into FILE (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a privacy notice instead of a register export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s name, for a notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the content of a register that is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import&apos; takes --controller only with --notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --replace to overwrite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 activities from %2 into %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::InitCommand</name>
    <message>
        <source>create a new, empty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::MatrixCommand</name>
    <message>
        <source>the lawful-basis matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::Passphrase</name>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password: put it in your password file (PGPASSFILE), pass --passphrase-file FILE, or run ropa-cli in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough locked memory for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the passphrase file %1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set but empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new passphrase given: set %1, pass --new-passphrase-file FILE, or run ropa-cli in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given: set %1, pass --passphrase-file FILE, or run ropa-cli in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::PasswdCommand</name>
    <message>
        <source>change the register&apos;s passphrase: the old one as usual, the new one from --new-passphrase-file, else ROPA_NEW_PASSPHRASE, else asked twice; a crash at any moment leaves one of the two working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase for %1 is the same as the old one; the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of %1; only the new one opens it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase for %1 is too weak (%2): %3 The passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::PullCommand</name>
    <message>
        <source>copy a register on a server into a new encrypted register FILE, with a passphrase of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pull&apos; copies a server register into a file: the server address first, then FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; &apos;pull&apos; never writes over a file, so choose a new name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 into %2: server version %3, fingerprint %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::PushCommand</name>
    <message>
        <source>upload the register FILE to a new register on a server, postgresql://host/database?register=name (--replace: overwrite the content of one that is there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the content of a server register that is there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;push&apos; copies a register file to a server: FILE first, then the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2: version %3, fingerprint %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::ReviewCommand</name>
    <message>
        <source>record that the register was reviewed, keeping it as reviewed for &apos;diff --since-review&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reviewed the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the review (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who reviewed the register with --by NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; give it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was last reviewed on %2; a new review must be dated after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reviewed on %2 by %3 (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::ServerSetupCommand</name>
    <message>
        <source>set up or bring up to date the registers&apos; schema in a PostgreSQL database, postgresql://host/database (for its administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;server-setup&apos; takes a server address such as postgresql://host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds registers at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::cli::VerifyCommand</name>
    <message>
        <source>read every page of the register and check its database, references, audit log and audit anchor; exits 1 with one sentence per problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sound: version %2, %3 audit entries, fingerprint %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audit anchor yet (it was last changed by an earlier version); its next change adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::EntryJson</name>
    <message>
        <source>%1 is over %2, the most an entry may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character %2: the entry is not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::InputLimits</name>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::NoticeImporter</name>
    <message>
        <source>%1: line %2: the %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the notice has %3 purposes; at most %4 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the notice names more than %3 kinds of data; at most %3 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the table row has no text in its Purpose/Activity cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: no lawful basis was recognised in &quot;%3&quot; (expected words such as contract, legal obligation, legitimate interests or consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Purpose/Activity table on line %2 has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: marker %3 is not defined by the lawful-basis legend on line %4, which defines %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no purpose list with a lawful-basis legend and no Purpose/Activity table was found; the notice needs a sentence that gives each marker its basis, such as &quot;to perform our contract with you*, to comply with legal obligations**&quot;, with purposes marked &quot;(*, **)&quot;, or a table with Purpose/Activity and Lawful basis columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the lawful-basis legend on line %2 defines %3, but no purpose line is marked with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::RegisterJsonReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field of %1 (known fields: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 (expected one of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id (use lower-case letters, digits and hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the id of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the id of any %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; the register needs its controller&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kind of special data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 period such as P12M, P6M or P6Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PECR use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; say which lawful basis this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a %1 basis has this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legitimate interests assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DPIA screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DPIA screening criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automated decisions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; every activity needs a purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the id of any retention rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DPIA status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; this is not a RoPA register export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not &quot;ropa-register&quot;; this is not a RoPA register export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a format version such as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this RoPA Manager reads (up to %2); update RoPA Manager to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; at most %3 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the file is not valid JSON (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object; this is not a RoPA register export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::XlsxWorkbook</name>
    <message>
        <source>Row %1, column %2 lies outside an Excel worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds %2 characters, more than the %3 Excel allows in a cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::ZipWriter</name>
    <message>
        <source>Could not add &quot;%1&quot; to the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file in an archive needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be a relative path with &apos;/&apos; between folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive already holds a file of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds as many files as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 4 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to compress it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive would be larger than 4 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::itemmodels::ActivityTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::itemmodels::AuditLogModel</name>
    <message>
        <source>Hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::itemmodels::CatalogueModel</name>
    <message>
        <source>No activity uses this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::itemmodels::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::itemmodels::MatrixModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::DiffDocument</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::DocumentKind</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30 register (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Article 30 register (PDF/A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30 register (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Article 30 register (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO template (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ICO documentation template (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO template (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ICO documentation template (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful-basis matrix (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawful-basis matrix (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful-basis matrix (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawful-basis matrix (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful-basis matrix (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawful-basis matrix (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful-basis matrix (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawful-basis matrix (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the privacy notice (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the privacy notice (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the privacy notice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register as JSON (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers as JSON (*.ropa.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::IcoTemplate</name>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to contract with processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third countries or international organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards for exceptional transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General description of security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6 lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests pursued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to legitimate interests assessment (LIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights available to individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision-making including profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to record of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required / progress / link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breach / link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Schedule 1 condition (special category or criminal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the appropriate policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained and erased in line with the appropriate policy document (and why not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (special category data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (criminal offence data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no safeguard recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contract recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this register (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balancing test carried out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no balancing test recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO or privacy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::IcoXlsxExport</name>
    <message>
        <source>Could not make the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… [cut at Excel&apos;s limit of 32,767 characters; the register holds the full text]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</source>
        <extracomment>The footer of the spreadsheet&apos;s printed pages, in Excel&apos;s codes: &amp;L and &amp;R start the left and right parts, &amp;A is the sheet&apos;s name, &amp;P the page and &amp;N the number of pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO controller documentation template, written by RoPA Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::MatrixDocument</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital int.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legit. int.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful-basis matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful bases of Article 6(1) by processing purpose, register version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, produced %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::NoticeGaps</name>
    <message>
        <source>%1 (%2); the notice says &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not give the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register gives no address, email or telephone number to contact the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register records no purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say what information %1 uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say on what lawful basis %1 rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say what legitimate interest %1 pursues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say what protects the information %1 sends to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say what protects the information %1 sends to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say how long the information used for %1 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say whether %1 makes decisions about people by automated means alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say how people can challenge the automated decisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register does not say where the information for %1 comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register&apos;s retention rule &apos;%1&apos; gives neither a period nor an event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::PdfAssembler</name>
    <message>
        <source>The document has %1 pages, so a bookmark cannot lead to page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has %1 pages, so a link cannot be placed on page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has %1 pages, so a link cannot lead to page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished because the pages written for it are damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished because the pages written for it are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::PdfComposer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be made because no font is installed on this computer: install one (on Debian, the package fonts-dejavu-core) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::PrivacyNotice</name>
    <message>
        <source>to allow us to enter into and perform our contract with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to enable us to comply with legal obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order to pursue legitimate interests of our own or those of third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where you have given us your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to protect your vital interests or those of another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to perform a task in the public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within our organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies that provide services to us and use your information only on our instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisations, which use your information for their own purposes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations with which we decide together how your information is used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authorities, courts and regulators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because we need it for a contract with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because the law requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for our legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because you have agreed to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to protect someone&apos;s life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to carry out a task in the public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because we need it to do what we agreed with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because the law requires us to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because we need it to protect someone&apos;s life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because we need it for that task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask us to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask us to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask us to send it to you or to another organisation in a form a computer can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object, and we must then stop unless we have compelling reasons to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw your consent at any time, and we will then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we use your information %1, you can %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; you cannot ask us to delete it or to stop, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; you cannot ask us to delete it, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; you cannot ask us to stop, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We need the categories of information listed above %1, and %2 (provided your interests and fundamental rights do not override those interests). We have indicated by asterisks the purpose or purposes for which we are processing or will process your personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by telephone on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this privacy notice &apos;we&apos; means %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this privacy notice &apos;we&apos; means %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are the data controller of your personal information for the purposes of the UK GDPR and the Data Protection Act 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact us about privacy or data protection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can contact us about privacy or data protection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our data protection officer or privacy contact is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our representative is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are registered with the Information Commissioner&apos;s Office under number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may collect the following information about you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law protects this kind of information more strictly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law protects information about criminal convictions and offences more strictly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What information we collect about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information we use %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We get information about you from you and from these sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we get your information from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we get the information we use %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we use your personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the law requires us to use your information, these are the laws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we use your information for legitimate interests, ours or those of others, we do so only where your interests and rights do not override them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest we pursue when we use your information for each of these purposes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lawful basis on which we use your information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, we must use your information under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, our interest is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, we pursue our interest in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interests we pursue are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We need it for our contract with you for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law requires it for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not give us your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not need your information for a contract with you, and the law does not require you to give it to us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we need your information for a contract with you and you do not give it to us, we may not be able to enter into or carry out the contract with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the law requires us to collect your information and you do not give it to us, we may not be able to provide what you ask of us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we need your information for a contract with you, or the law requires us to collect it, and you do not give it to us, we may not be able to enter into or carry out the contract with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In that case we may have to cancel a service you have with us, and we will tell you so at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions made by automated means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether we make decisions about you by automated means alone, profiling included, when we use your information for these purposes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, we make decisions about you by automated means alone. You can ask for a person to look at the decision again, give us your view and challenge it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether we make decisions about you by automated means alone, profiling included: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We make no other decisions about you by automated means alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not make decisions about you by automated means alone, profiling included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may send you marketing by email, text or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may send you marketing by email, text or phone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We send it only if you have agreed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can tell us to stop sending you marketing at any time, and we will stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can tell us to stop sending you marketing at any time by contacting us %1, and we will stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our website uses cookies and similar technologies that are not strictly necessary, such as analytics cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our website uses cookies and similar technologies that are not strictly necessary, such as analytics cookies, when we use your information %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are provided by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We set them only if you agree, and you can change your mind at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change your choice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also block or delete cookies in your browser&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we share your personal information with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not share your information with anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may share your information with the following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your information outside the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not send your information outside the United Kingdom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your information goes outside the United Kingdom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, when we use your information %2. The safeguard that protects your information there: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your personal information only for as long as we need it for the purposes for which it was collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep this information for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep this information for %1 after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep this information until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long we keep the information we use %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long we keep your personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever the reason we use your information, you have the right to be told how we use it, as this notice does, to ask for a copy of it, to ask us to correct it if it is wrong or incomplete, and to ask us to limit how we use it while a concern you raise is looked into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other rights depend on the reason we use your information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can tell us to stop using your information for direct marketing at any time, whatever the reason we use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use any of these rights, please contact us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use any of these rights, contact us %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you wish to complain about how we collect or use your personal information, please contact us first so that we can try to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the right to complain to the Information Commissioner&apos;s Office (ICO), the UK supervisory authority for data protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can contact the ICO at: Information Commissioner&apos;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; website ico.org.uk; telephone 0303 123 1113.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version %1 of this notice, dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version %1 of this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep this notice under review and will publish any changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice generated from the record of processing activities, version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::RegisterHtml</name>
    <message>
        <source>Record of Processing Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30(1) UK GDPR and GDPR: record kept by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller (Article 30(1)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO or privacy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK/EU representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint identifies the exact content of the register this document was produced from: the same content always gives the same fingerprint, and any change gives another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Lawful-basis matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. International transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each processing purpose and the lawful bases of Article 6(1) it relies on, with the markers a privacy notice prints after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest pursued: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests assessment: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment kept at: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent is obtained: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is withdrawn: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent records kept at: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: no special category or criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each section is one purpose of processing (Article 30(1)(b)); the letters after the labels name the other items of Article 30(1) they record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis (Article 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 / 10 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects (c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers (e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appropriate policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA kept at: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities with no retention rule: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers outside the UK are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients recorded outside the UK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when produced (rule set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1 against rule set %2: %3. Errors are gaps the law requires to be closed; warnings are records an inspector would expect to see; information items are worth a look at the next review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks found nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities (see the index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Index of references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities of each entry whose list is too long for its table, as the section numbers of part 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, %2 activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities with no retention rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::RegisterPdf</name>
    <message>
        <source>Record of processing activities under Article 30 UK GDPR, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, produced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::AddActivityCommand</name>
    <message>
        <source>Add activity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::AddCatalogueEntryCommand</name>
    <message>
        <source>Duplicate %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::ChangeCatalogueEntryCommand</name>
    <message>
        <source>Change %1 of %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::ChangeOrganisationCommand</name>
    <message>
        <source>Change organisation details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::DemoFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::ImportRegister</name>
    <message>
        <source>The register already holds %1 activities; importing %2 would replace them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::MoveActivityCommand</name>
    <message>
        <source>Move activity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::RegisterBackups</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the backup %1, but cannot delete the old backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the register itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in RoPA Manager; close it there before restoring a backup over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the journal %1 aside: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::RegisterDocument</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9/10 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO or privacy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed elsewhere; open it again before changing its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked; unlock it to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed elsewhere while it was locked, so the undo history no longer matches it; it has been opened as it is now, without the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change basis of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file can no longer be written: it was moved, deleted or made read-only. Your last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, but the undo history no longer matched the register and has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::RegisterLocation</name>
    <message>
        <source>Cannot replace %1; is it open in RoPA Manager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the register %2 itself; choose another file for the document. The register was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept on a server: only its administrator can remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::RegisterTransfer</name>
    <message>
        <source>%1 already exists; choose a new name, or replace its content. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::RemoveActivityCommand</name>
    <message>
        <source>Delete activity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::RemoveCatalogueEntryCommand</name>
    <message>
        <source>Delete %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::ServerAdministration</name>
    <message>
        <source>&quot;%1&quot; is not an access: say viewer, editor, dpo or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::session::ServerConnection</name>
    <message>
        <source>Type the server&apos;s name, or choose &quot;Local socket, no TLS&quot; to connect to a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name has a space in it; type it without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder on this computer, a local socket, where TLS has nothing to protect: choose &quot;Local socket, no TLS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a local socket, leave the server empty or type the socket&apos;s folder, such as /run/postgresql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the register&apos;s name, as the server&apos;s administrator gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register&apos;s name is up to 63 small letters, digits, - and _, such as kjm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address starts with postgresql://, as in postgresql://db.example.org/ropa?register=kjm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be read; it should look like postgresql://db.example.org/ropa?register=kjm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address holds a password: leave it out, and type it when the server asks, or keep it in your password file (PGPASSFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the address is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on this computer&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::store::postgres</name>
    <message>
        <source>%1 did not keep the change: it was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password, and none was given or it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change: an activity would refer to an entry the register does not have, or an entry still in use would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a failure: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no register &quot;%1&quot; on %2 that you may open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of register &quot;%2&quot; on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an entry of a kind this version does not know (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot keep the register as reviewed: this program was not given a way to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; of register &quot;%3&quot; on %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find a place for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was added by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was removed by someone else after you loaded the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 of the %3 &quot;%4&quot; %5, after you loaded the register: keep theirs, or overwrite with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was removed by someone else already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was changed by %1 at %2 (version %3) after you loaded the register: reload to see the change before you remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &quot;%1&quot; on %2 was changed by someone else after you loaded it (it is at version %3, you loaded version %4): reload it before you replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no review at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read the register as reviewed: this program was not given a way to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review at version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept on a server, which its administrator backs up (pg_dump); &quot;ropa-cli pull&quot; makes an encrypted copy of it in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept on a server and has no passphrase of its own: the server&apos;s administrator manages passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of %1 breaks at entry %2: an entry was changed, removed or put out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server register address: it should read like postgresql://host/database?register=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 holds a password: leave it out, and keep it in your password file (PGPASSFILE) or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 does not say which register: add ?register=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register name &quot;%1&quot; in %2 is not one: use up to 63 small letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registers on %1 were set up by a newer version of RoPA Manager (schema %2; this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registers on %1 were set up by a newer version of RoPA Manager (schema %2): install that version to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no registers set up for this version of RoPA Manager (schema %2 of %3): its administrator sets them up with &quot;ropa-cli server-setup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::store::sqlcipher</name>
    <message>
        <source>%1: the %2 entry &apos;%3&apos; has %4 &apos;%5&apos;, which this version does not know (it knows %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s salt is missing or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough locked memory for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (64 MiB are needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RoPA Manager (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another window (process %2 on %3); close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not unlock %1 (or the file is not a RoPA register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a RoPA register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the activity &apos;%2&apos; has %3 &apos;%4&apos;, which this version does not know (it knows %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DPIA status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is right, but the first page of %1 is damaged; restore it from a backup (File → Restore in the start window, or ropa-cli backup copies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the organisation declares the PECR uses &apos;%2&apos;, which this version does not know (it knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DPIA screening criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automated decisions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PECR uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot derive the page authentication key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a RoPA register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RoPA register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2. The register is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a copy of %1 in %2: the disk is full. The register is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a copy of %1 in %2: %3 The register is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the register %2 itself (or its lock or journal); choose another file for the backup. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file, so choose a new name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase for %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1 with its copy under the new passphrase: %2. The old passphrase still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no place %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2 with the id &apos;%3&apos;; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since this change was made (it is at version %2, the change was made on version %3); open it again to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot keep the register as reviewed: this program was not given a way to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no review at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read the register as reviewed: this program was not given a way to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review at version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails its page check: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 fails its authentication check: the file was damaged there, or changed by someone without the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from a backup: its damaged pages cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails the database&apos;s integrity check: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, a row of the table %2 refers to an entry of %3 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of %1 is broken at entry %2: an entry was changed, removed or put out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of %1 has %2 entries, but it had %3 when the register was last saved: entries were removed from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content or the audit log of %1 does not match the anchor written with its last change: it was changed outside RoPA Manager, or parts of it come from an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: the disk is full. Your change was not saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of %1 cannot be read: a page of it fails its authentication check, so the file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy in another program (%2); close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: the file can no longer be written (it was moved, deleted or made read-only). Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); check that the disk or share holding it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: the file can no longer be written (it was moved, deleted or made read-only, or its disk has gone). Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 or the journal beside it (%2); check that the folder still exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ActivitiesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity after the chosen one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the chosen activity (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen activity (Delete); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the activity up the register (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the activity down the register (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the activity &apos;%1&apos;?
Its lawful bases, data, recipients and transfers go with it. You can take this back with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows what the search finds: clear the search to move activities in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is sorted by a heading: click the # heading to show the register&apos;s order and move activities again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ActivityForm</name>
    <message>
        <source>Legitimate &amp;interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose as the privacy notice states it, such as &quot;Providing our services&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team or part of the business that does this, such as &quot;Sales&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful bases (Article 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest you rely on, such as &quot;preventing fraud&quot;; a legitimate interests assessment should back it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Art. 9(2)(b) and DPA 2018 Sch. 1 para 1, employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category (Art. 9) and criminal offence (Art. 10) data need a condition as well as a lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9/10 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9/10 &amp;condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, data and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention, transfers and safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the UK: the country (such as US) and the safeguard that covers it (such as the UK Extension to the EU-US Data Privacy Framework).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical and organisational security measures (Art. 32) in general terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: none of the personal data ticked below is special category or criminal offence data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descripti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sub&amp;jects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perso&amp;nal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipien&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the assessment behind the interest: the purpose, necessity and balancing tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose test: what the interest is, who gains from it and why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity test: why this processing is needed for the interest and why a less intrusive way will not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing test: whether people would expect this, the effect on them and the safeguards that reduce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the balancing test concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the assessment was made or last looked at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made or signed off the assessment, such as &quot;Office manager&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the full assessment is kept: a link or a document reference, such as &quot;LIA-2026-03&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legitimate interests assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law that obliges you to process the data, so anyone can look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Money Laundering Regulations 2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law that re&amp;quires it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people give consent, such as &quot;an unticked box on the sign-up form&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people take consent back; it must be as easy as giving it, such as &quot;the unsubscribe link&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the records of who consented, when and to what are kept, such as &quot;the mailing list system&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent is &amp;given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is withdrawn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where records are kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition in Schedule 1 of the Data Protection Act 2018 that criminal offence data, and several Art. 9(2) conditions, rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sch. 1 para 1, employment, social security and social protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule 1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the appropriate policy document is (DPA 2018 Sch. 1 Part 4): a link or a document reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule 1 condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;licy document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk, automated decisions, marketing and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data protection impact assessment (Art. 35) of this activity stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA scr&amp;eening checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the ICO&apos;s screening questions that tell whether this activity needs a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the processing involves; any one of these always needs a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the processing involves; two or more of these usually mean a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always needs a DPIA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider a DPIA (two or more usually mean one is needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the activity was screened against the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link or reference to the full DPIA, where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full DPIA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 22: whether decisions with legal or similarly significant effects are made about people without a person involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a person can get a human to look at the decision, give their view and challenge it (Art. 22(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe&amp;guards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated &amp;decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity sends marketing by email, text or phone; PECR asks for consent or, for existing customers, the soft opt-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity uses cookies or similar technology that the website does not strictly need, analytics included; PECR asks for consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PECR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last re&amp;viewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day someone last checked this entry against what actually happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who last checked this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this entry was checked today, by %1; one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Not screened yet: open the checklist to see whether a DPIA is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening calls for a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening does not call for a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PECR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activity needs a purpose: type what it is for, as the privacy notice says it, such as &quot;Providing our services&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::AppController</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a register (.ropa) nor a register export (.ropa.json), so it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the KJM demo register. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::AuditLogPage</name>
    <message>
        <source>Warning: entry %1 of the log does not match the entries before it; the file has been changed outside RoPA Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change since the register was created, newest first. The entries are chained by their hashes, and the chain is whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::CataloguePage</name>
    <message>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new %1 (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of this %1 (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this %1 (Delete); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity uses this %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One activity uses it and will no longer name it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities use it and will no longer name it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can take this back with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period RoPA Manager can read; write it as, say, 12 months, 6 years or 1 year 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 needs a name: type one, or delete the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ChangePassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is encrypted again under the new passphrase; the old one will no longer open it. Backups made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the register&apos;s current passphrase, so it was not changed. Type the current passphrase and the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ChecksPage</name>
    <message>
        <source>Rule set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the rules the register is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the activity, entry or organisation detail the finding concerns (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the fix described, as one change you can undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the register meets every rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::CollapsibleSection</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ControllerBox</name>
    <message>
        <source>Organisation (the controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer or privacy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if established outside the UK or EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ZA123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DPO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representa&amp;tive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICO registration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::CreateRegisterDialog</name>
    <message>
        <source>Create a Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register is one encrypted file. Nobody can open it without its passphrase, and a forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and will not be overwritten; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::DocumentPrinter</name>
    <message>
        <source>Lawful-basis matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30 register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ExportDialog</name>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the PDF when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: add the name of the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Not recorded&apos; in one place the register does not fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Not recorded&apos; in %1 places the register does not fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the register with the &amp;findings of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the column &amp;titles, without the controller&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse to write a notice with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a last part to the Article 30 register listing what the compliance checks find, with the rule set version. The cover counts the findings either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the CSV as a plain table, the column titles on its first line, for programs that expect one. The controller&apos;s name, address and contacts are then left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes no privacy notice while the register lacks something the notice must tell people, instead of a notice that says &apos;Not recorded&apos; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what is &amp;missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is &amp;missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice will say %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was not written: the register lacks an item that a privacy notice must give, and you chose to refuse a notice with gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was not written: the register lacks %1 items that a privacy notice must give, and you chose to refuse a notice with gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1. It says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the file just written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of %1 ends in %2, so %3 is now %4: press Export again to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1. It says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::FilteredTable</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the rows with these words in any column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::HelpWindow</name>
    <message>
        <source>RoPA Manager User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the KJM &amp;Demo Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the register, the matrix, the notice or the ICO template to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the register and ask for its passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RoPA Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RoPA Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoPA Manager %1&lt;/h3&gt;&lt;p&gt;Keeps an organisation&apos;s Record of Processing Activities (UK GDPR Article 30) in an encrypted file, and makes from it the lawful-basis matrix, the Article 30 register, a privacy notice and the ICO template.&lt;/p&gt;&lt;p&gt;Register files are encrypted with SQLCipher; the key comes from your passphrase through Argon2id.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - RoPA Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The register is locked&lt;/h2&gt;&lt;p&gt;Enter the passphrase to carry on where you were.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked) - RoPA Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name, address and contacts, and when the register was last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Server Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your team&apos;s register, kept on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register as it is now into a new encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted copy that opens with the same passphrase, for safe keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review of the register and see what changed since the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) and warning(s) to look at (Alt+%1)</source>
        <translation>
            <numerusform>%n error or warning to look at (Alt+%1)</numerusform>
            <numerusform>%n errors and warnings to look at (Alt+%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1. It opens with the register&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed; the old one no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was saved to %1.

Do you want to carry on working in the copy from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The register is locked&lt;/h2&gt;&lt;p&gt;Enter your server password to carry on where you were; leave it empty if your password file holds it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data categories</source>
        <translation>
            <numerusform>%n data category</numerusform>
            <numerusform>%n data categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register, or the matrix from the Matrix page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the register, the matrix or the privacy notice as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful bases, the matrix, the checks and the documents, explained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::MatrixPage</name>
    <message>
        <source>As a privacy notice prints it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to give a purpose that lawful basis; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::NewPassphraseBox</name>
    <message>
        <source>I understand this passphrase is easy to guess; &amp;use it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::OrganisationDialog</name>
    <message>
        <source>Register last &amp;reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date someone last checked the whole register against what the organisation does; printed on the register&apos;s cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who last checked the whole register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in today&apos;s date and your name (%1); saved with OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation uses (PECR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if the organisation does this anywhere, such as a cookie banner on its website or a newsletter; the check then looks for the activity that records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::OverviewPage</name>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes recorded in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who personal data is disclosed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of personal data processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities without a basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activity needs a lawful basis under Article 6(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients that no activity discloses data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activities recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data categories recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller not named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register last reviewed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has not been reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities per lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients by number of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Data categories by sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings the checks find in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the register meets every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to see those findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::PdfViewerWindow</name>
    <message>
        <source>PDF Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at the top of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF document, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in My PDF &amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file in the program your computer opens PDF documents with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F3 finds the next place, Shift+F3 the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in My PDF Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open PDF documents with was found; the file is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::PrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed: the printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::PrintPreviewDialog</name>
    <message>
        <source>Print Preview – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::RestoreDialog</name>
    <message>
        <source>Restore from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time a register is opened, RoPA Manager keeps an encrypted backup of it in a folder beside it. Choose the register and the backup to bring back; the register as it is now is kept among the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ackups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 were found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup made on %2?

The register as it is now is kept among the backups, so you can go back to it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ReviewDialog</name>
    <message>
        <source>Review the Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Register Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the whole register was reviewed on this day; it is kept as it stands now, to compare with later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these changes as a PDF to print or keep in the DPO&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1 by %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (the register now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (reviewed on %2 by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Changes as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::SaveCopyDialog</name>
    <message>
        <source>With the register&apos;s &amp;current passphrase; the copy keeps the history of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;new passphrase; the history of changes starts afresh in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the register as it is now into a new encrypted file. No file is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and will not be overwritten; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made from the register file: %1 Choose a new passphrase above to save the register as it is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::SaveFailedDialog</name>
    <message>
        <source>What you typed, which was &amp;not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy My Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the text you typed on the clipboard, so you can paste it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the register as the other person left it; your change is not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verwrite with Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves your change over theirs where you both changed the same field, keeping the rest of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window still shows everything saved before this change. To keep working, choose Save a Copy… to save the register to a new file, then carry on in the copy. If the file was moved by mistake, you can instead put it back and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is as it was before this change; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same field while you were editing. Keep Theirs shows the register as they left it; Overwrite with Mine saves your change over theirs and keeps the rest of what they changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::ServerRegisterDialog</name>
    <message>
        <source>Open a Register on a Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address your administrator gave you, or fill in the details. The server asks for your password when it needs one; it is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database that holds the registers, such as ropa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name on the server; empty for your account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as kjm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, don&apos;t verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local socket, no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted and goes only to the server the certificate names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted, but anyone between you and the server could pose as it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server on this computer, reached through a folder rather than the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the address says (sslmode=%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without a key press or mouse movement the register is closed and its passphrase asked for again. Ctrl+L locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the register after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time a register is opened, an encrypted copy of it goes into a folder beside it (&quot;&lt;file name&gt; backups&quot;); the oldest go once there are more than this. The start window&apos;s Restore from Backup brings one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the windows and of the documents RoPA Manager writes: the register, the privacy notice and the matrix. What you typed in stays as you typed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when RoPA Manager is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::StartWindow</name>
    <message>
        <source>Your Record of Processing Activities under Article 30 of the UK GDPR, kept in one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty register for your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .ropa file kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the KJM demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a filled-in example: a double-glazing firm&apos;s 19 processing activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register on a &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on your team&apos;s register, kept on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a register as one of its automatic backups kept it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::UnlockDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for your password. It is used for this connection only and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::charts::BarChart</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
