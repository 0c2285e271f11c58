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
        <source>Choose a passphrase of four or more random words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the register&apos;s own details are among the first an attacker tries; use random words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be guessed almost at once; use four or more random words.</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>The register to open (.ropa); the start window without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the KJM Group demo register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA Manager keeps a GDPR Record of Processing Activities in an encrypted file.</source>
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
    <name>ropa::formats</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the table row has no text in its Purpose/Activity cell.</source>
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
</context>
<context>
    <name>ropa::formats::Legend</name>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::NoticeImporter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::RegisterJsonReader</name>
    <message>
        <source>%1: line %2, column %3: the file is not valid JSON (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object; this is not a RoPA register export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::formats::Walker</name>
    <message>
        <source>expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field of %1 (known fields: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
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
        <source>%1 is listed twice.</source>
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
        <source>a lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; say which lawful basis this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a legitimate_interests basis has this field.</source>
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
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a register</source>
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
    <name>ropa::itemmodels::MatrixModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report</name>
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
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the spreadsheet: %1</source>
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
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet could not be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::MatrixDocument</name>
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
    <name>ropa::report::PdfComposer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::PdfMetadata</name>
    <message>
        <source>The PDF writer produced an unexpected file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::report::PrivacyNotice</name>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We need the categories of information listed above %1, and %2 (provided your interests and fundamental rights do not override those interests). We have indicated by asterisks the purpose or purposes for which we are processing or will process your personal information.</source>
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
        <source>by email at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by telephone on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can contact us about privacy or data protection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our data protection officer or privacy contact is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are registered with the Information Commissioner&apos;s Office under number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What information we collect about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may collect the following information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we get your information from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We collect information about you from these sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we use your personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: our legitimate interest is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we share your personal information with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may share your information with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 your information is transferred to %2; safeguard: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long we keep your personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your personal information only for as long as we need it for the purposes for which it was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the right to be informed about how we use your information, to access it, to have it corrected and to restrict how we use it. Other rights depend on the lawful basis we rely on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can object to direct marketing at any time, whatever the basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we rely on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further rights</source>
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
        <source>You have the right to lodge a complaint with the Information Commissioner&apos;s Office (ICO), the UK supervisory authority for data protection: ico.org.uk, telephone 0303 123 1113.</source>
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
        <source>Balancing test: </source>
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
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
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
        <source>No activity</source>
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
        <source>Activities with no retention rule: %1</source>
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
    <name>ropa::session::RegisterDocument</name>
    <message>
        <source>Change basis of &apos;%1&apos;</source>
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
</context>
<context>
    <name>ropa::store::sqlcipher::RegisterFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
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
</context>
<context>
    <name>ropa::store::sqlcipher::RegisterWriter</name>
    <message>
        <source>%1: there is no place %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2 with the id &apos;%3&apos;; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::store::sqlcipher::SqlCipherRepository</name>
    <message>
        <source>%1 has changed since this change was made (it is at version %2, the change was made on version %3); open it again to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change: %2.</source>
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
        <source>Article 22: decisions with legal or similarly significant effects made without a person involved.</source>
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
        <source>Auto&amp;mated decision-making (Art. 22)</source>
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
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period RoPA Manager can read; write it as, say, 12 months, 6 years or 1 year 6 months.</source>
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
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this passphrase is easy to guess; &amp;use it anyway</source>
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
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoPA registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
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
        <source>&amp;Print Preview…</source>
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
        <source>Change not saved</source>
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
        <source>Organisation &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name, address and contacts, and when the register was last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropa::ui::MatrixPage</name>
    <message>
        <source>Tick a cell to give a purpose that lawful basis; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a privacy notice prints it:</source>
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
    <name>ropa::ui::RegisterPrintPreview</name>
    <message>
        <source>Print Preview – %1</source>
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
