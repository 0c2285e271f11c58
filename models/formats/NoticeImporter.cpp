#include "formats/NoticeImporter.h"

#include "core/BoundedFile.h"
#include "core/IdMaker.h"
#include "formats/HtmlFlattener.h"
#include "formats/InputLimits.h"
#include "formats/NoticeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace ropa::formats {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::formats::NoticeImporter)
};

// ---------------------------------------------------------------------------------------------------------------
// The notice reduced to what the importer reads: its lines and its tables, each with a line number of the file.

// What the notice says about one purpose, before ids and catalogues are given out.
struct ImportedPurpose
{
    QString purpose;
    QList<LawfulBasis> bases;
    QStringList dataNames;
    int line = 0;
};

Error tooLong(const QString& label, int line, const QString& what, qsizetype length, qsizetype limit)
{
    return Error{ErrorCode::InvalidInput,
                 Text::tr("%1: line %2: the %3 %4")
                     .arg(label, QString::number(line), what, InputLimits::tooLong(length, limit))};
}

// A purpose, its interests and its data categories within the limits every register keeps to.
std::optional<Error> checkLimits(const ImportedPurpose& imported, const QString& label)
{
    if (imported.purpose.size() > InputLimits::kMaxShortText) {
        return tooLong(label, imported.line, Text::tr("purpose"), imported.purpose.size(), InputLimits::kMaxShortText);
    }
    for (const LawfulBasis& basis : imported.bases) {
        if (basis.interest.size() > InputLimits::kMaxLongText) {
            return tooLong(label, imported.line, Text::tr("legitimate interest"), basis.interest.size(),
                           InputLimits::kMaxLongText);
        }
    }
    for (const QString& name : imported.dataNames) {
        if (name.size() > InputLimits::kMaxShortText) {
            return tooLong(label, imported.line, Text::tr("data category name"), name.size(),
                           InputLimits::kMaxShortText);
        }
    }
    return std::nullopt;
}

QString joinWithAnd(const QStringList& items)
{
    if (items.size() < 2) {
        return items.join(QString());
    }
    return Text::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

// ---------------------------------------------------------------------------------------------------------------
// Words that name a lawful basis.

struct BasisMention
{
    Basis basis = Basis::Contract;
    qsizetype start = 0;
    qsizetype end = 0;
};

const QList<QPair<Basis, QRegularExpression>>& basisPatterns()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<QPair<Basis, QRegularExpression>> patterns = {
        {Basis::Consent, NoticeText::pattern(QStringLiteral(R"(\bconsent(?:s|ed)?\b)"), ci)},
        {Basis::Contract, NoticeText::pattern(QStringLiteral(R"(\bcontract(?:s|ual|ually)?\b)"), ci)},
        {Basis::LegalObligation,
         NoticeText::pattern(
             QStringLiteral(
                 R"(\b(?:legal|regulatory|statutory)(?:\s+(?:or|and)\s+(?:legal|regulatory|statutory))?)"
                 R"(\s+(?:obligations?|requirements?|dut(?:y|ies))\b)"
                 R"(|\bcompl(?:y|ying|iance)\s+with\s+(?:(?:the|a|an|any|our|applicable|relevant)\s+)*laws?\b)"
                 R"(|\brequired\s+by\s+law\b)"),
             ci)},
        {Basis::VitalInterests, NoticeText::pattern(QStringLiteral(R"(\bvital\s+interests?\b)"), ci)},
        {Basis::PublicTask,
         NoticeText::pattern(QStringLiteral(R"(\bpublic\s+(?:tasks?|interests?)\b|\bofficial\s+authority\b)"), ci)},
        {Basis::LegitimateInterests, NoticeText::pattern(QStringLiteral(R"(\blegitimate\s+interests?\b)"), ci)},
    };
    return patterns;
}

QList<BasisMention> basisMentions(const QString& text)
{
    QList<BasisMention> mentions;
    for (const auto& [basis, re] : basisPatterns()) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            mentions.append({basis, m.capturedStart(), m.capturedEnd()});
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const BasisMention& a, const BasisMention& b) { return a.start < b.start; });
    return mentions;
}

QList<LawfulBasis> inCanonicalOrder(const QList<LawfulBasis>& bases)
{
    QList<LawfulBasis> ordered;
    for (const Basis basis : kAllBases) {
        for (const LawfulBasis& b : bases) {
            if (b.basis == basis) {
                ordered.append(b);
                break;
            }
        }
    }
    return ordered;
}

Result<Register> buildRegister(const QList<ImportedPurpose>& purposes, const QString& label)
{
    if (purposes.size() > InputLimits::kMaxActivities) {
        return Error{ErrorCode::InvalidInput,
                     Text::tr("%1: line %2: the notice has %3 purposes; at most %4 can be imported.")
                         .arg(label, QString::number(purposes.at(InputLimits::kMaxActivities).line),
                              InputLimits::number(purposes.size()), InputLimits::number(InputLimits::kMaxActivities))};
    }
    Register reg;
    IdMaker activityIds;
    IdMaker categoryIds;
    QHash<QString, QString> categoryIdByName;
    for (const ImportedPurpose& imported : purposes) {
        if (const std::optional<Error> error = checkLimits(imported, label)) {
            return *error;
        }
        Activity activity;
        activity.id = activityIds.make(imported.purpose, QStringLiteral("activity"));
        activity.purpose = imported.purpose;
        activity.bases = imported.bases;
        QSet<QString> listed;
        for (const QString& name : imported.dataNames) {
            const QString key = name.toCaseFolded();
            QString id = categoryIdByName.value(key);
            if (id.isEmpty()) {
                if (reg.dataCategories.size() == InputLimits::kMaxCatalogueEntries) {
                    return Error{ErrorCode::InvalidInput,
                                 Text::tr("%1: line %2: the notice names more than %3 kinds of data; at most %3 can be "
                                          "imported.")
                                     .arg(label, QString::number(imported.line),
                                          InputLimits::number(InputLimits::kMaxCatalogueEntries))};
                }
                id = categoryIds.make(name, QStringLiteral("data"));
                categoryIdByName.insert(key, id);
                reg.dataCategories.append({id, name, QString(), SpecialCategory::None});
            }
            if (!listed.contains(id)) {
                listed.insert(id);
                activity.dataCategories.append(id);
            }
        }
        reg.activities.append(activity);
    }
    return reg;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain text and Markdown.

bool isSeparatorRow(const QString& line)
{
    static const QRegularExpression separator =
        NoticeText::pattern(QStringLiteral(R"(^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$)"));
    return separator.match(line).hasMatch();
}

QStringList splitCells(const QString& line, bool boxed)
{
    static const QRegularExpression pipe = NoticeText::pattern(QStringLiteral(R"((?<!\\)\|)"));
    QString text = line.trimmed();
    if (boxed && text.startsWith(QLatin1Char('|'))) {
        text.remove(0, 1);
    }
    if (boxed && text.endsWith(QLatin1Char('|')) && !text.endsWith(QStringLiteral("\\|"))) {
        text.chop(1);
    }
    QStringList cells = text.split(pipe);
    for (QString& cell : cells) {
        cell = cell.trimmed();
    }
    return cells;
}

QChar lastItemLetter(const QString& cell)
{
    static const QRegularExpression item = NoticeText::pattern(QStringLiteral(R"((?:^|\s)\(([a-z])\))"));
    QChar letter;
    QRegularExpressionMatchIterator it = item.globalMatch(cell);
    while (it.hasNext()) {
        letter = it.next().captured(1).front();
    }
    return letter;
}

// In a pasted table a line without a pipe may go on the last cell or start the next row's purpose; it goes on the
// cell when it starts in lower case or with the next item letter, "(b)" after "(a)".
bool continuesCell(const QString& cell, const QString& line)
{
    static const QRegularExpression itemStart = NoticeText::pattern(QStringLiteral(R"(^\(([a-z])\))"));
    const QString next = line.trimmed();
    if (!next.isEmpty() && next.front().isLower()) {
        return true;
    }
    const QRegularExpressionMatch m = itemStart.match(next);
    const QChar last = lastItemLetter(cell);
    return m.hasMatch() && !last.isNull() && m.captured(1).front().unicode() == last.unicode() + 1;
}

// Reads rows from line index `from` until a blank line; returns the index where the table ended.
qsizetype readTextRows(const QStringList& raw, qsizetype from, bool boxed, qsizetype columns, QList<TableRow>& rows)
{
    std::optional<TableRow> current;
    qsizetype i = from;
    for (; i < raw.size(); ++i) {
        const QString line = raw.at(i).trimmed();
        if (line.isEmpty() || (boxed && !line.startsWith(QLatin1Char('|')))) {
            break;
        }
        const QStringList pieces = splitCells(line, boxed);
        const bool continues = current &&
            (current->cells.size() < columns || (pieces.size() == 1 && continuesCell(current->cells.last(), line)));
        if (continues) {
            current->cells.last() += QLatin1Char('\n') + pieces.first();
            current->cells += pieces.mid(1);
            continue;
        }
        if (current) {
            rows.append(*current);
        }
        current = TableRow{pieces, static_cast<int>(i + 1)};
    }
    // A last "row" with no pipe at all is prose after the table, not a row.
    if (current && current->cells.size() > 1) {
        rows.append(*current);
    }
    return i;
}

QList<QList<TableRow>> textTables(const QStringList& raw)
{
    QList<QList<TableRow>> tables;
    for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
        if (!raw.at(i).contains(QLatin1Char('|')) || !isSeparatorRow(raw.at(i + 1))) {
            continue;
        }
        const bool boxed = raw.at(i).trimmed().startsWith(QLatin1Char('|'));
        QList<TableRow> rows{{splitCells(raw.at(i), boxed), static_cast<int>(i + 1)}};
        i = readTextRows(raw, i + 2, boxed, rows.first().cells.size(), rows);
        for (TableRow& row : rows) {
            for (QString& cell : row.cells) {
                cell = NoticeText::cleanCell(cell);
            }
        }
        tables.append(rows);
    }
    return tables;
}

NoticeText textDocument(const QString& text)
{
    QStringList raw = text.split(QLatin1Char('\n'));
    NoticeText doc;
    doc.lines.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i].endsWith(QLatin1Char('\r'))) {
            raw[i].chop(1);
        }
        doc.lines.append({NoticeText::stripMarkdown(raw.at(i)), static_cast<int>(i + 1)});
    }
    doc.tables = textTables(raw);
    return doc;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML.

// ---------------------------------------------------------------------------------------------------------------
// Purpose/Activity tables.

struct TableColumns
{
    qsizetype purpose = -1;
    qsizetype data = -1;
    qsizetype basis = -1;
};

std::optional<TableColumns> purposeTableColumns(const QStringList& header)
{
    TableColumns columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString cell = header.at(i).toLower();
        if (columns.purpose < 0 && cell.contains(QLatin1StringView("purpose"))) {
            columns.purpose = i;
        } else if (columns.basis < 0 &&
                   (cell.contains(QLatin1StringView("basis")) || cell.contains(QLatin1StringView("lawful")) ||
                    cell.contains(QLatin1StringView("legal ground")))) {
            columns.basis = i;
        } else if (columns.data < 0 &&
                   (cell.contains(QLatin1StringView("data")) || cell.contains(QLatin1StringView("information")))) {
            columns.data = i;
        }
    }
    if (columns.purpose < 0 || columns.basis < 0) {
        return std::nullopt;
    }
    return columns;
}

QString cellAt(const TableRow& row, qsizetype column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : QString();
}

bool isItemMarkerAt(const QString& text, qsizetype i)
{
    return i + 2 < text.size() && text.at(i) == QLatin1Char('(') && text.at(i + 1) >= QLatin1Char('a') &&
        text.at(i + 1) <= QLatin1Char('z') && text.at(i + 2) == QLatin1Char(')') &&
        (i == 0 || text.at(i - 1).isSpace());
}

// Blanks out text in brackets, so that "legitimate interests (to perform our contract with suppliers)" names one
// basis. A bracket left open, as notices sometimes do, ends at the next item "(b)".
QString maskBrackets(const QString& text)
{
    QString masked = text;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isItemMarkerAt(text, i)) {
            depth = 0;
            i += 2;
            continue;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && depth > 0) {
            --depth;
            masked[i] = QLatin1Char(' ');
        }
        if (depth > 0) {
            masked[i] = QLatin1Char(' ');
        }
    }
    return masked;
}

// The words in brackets right after position `from`: "legitimate interests (to recover debts due to us)".
QString bracketAfter(const QString& text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    if (i >= text.size() || text.at(i) != QLatin1Char('(')) {
        return {};
    }
    const qsizetype start = i + 1;
    int depth = 1;
    for (i = start; i < text.size() && depth > 0; ++i) {
        if (isItemMarkerAt(text, i)) {
            break;
        }
        depth += text.at(i) == QLatin1Char('(') ? 1 : text.at(i) == QLatin1Char(')') ? -1 : 0;
    }
    const qsizetype end = depth == 0 ? i - 1 : i;
    return text.mid(start, end - start).simplified();
}

QList<LawfulBasis> basesFromCell(const QString& cell)
{
    const QString text = cell.simplified();
    QList<BasisMention> mentions = basisMentions(maskBrackets(text));
    if (mentions.isEmpty()) {
        mentions = basisMentions(text);
    }
    QList<LawfulBasis> bases;
    for (const Basis basis : kAllBases) {
        bool used = false;
        QStringList interests;
        QSet<QString> seen;
        qsizetype joined = 0;
        for (const BasisMention& mention : mentions) {
            if (mention.basis != basis) {
                continue;
            }
            used = true;
            // Past the limit the interest is refused anyway; stopping here keeps nested brackets from being read
            // again for every mention inside them.
            if (joined > InputLimits::kMaxLongText) {
                break;
            }
            const QString interest = basis == Basis::LegitimateInterests ? bracketAfter(text, mention.end) : QString();
            if (!interest.isEmpty() && !seen.contains(interest)) {
                seen.insert(interest);
                interests << interest;
                joined += (interests.size() > 1 ? 2 : 0) + interest.size();
            }
        }
        if (used) {
            bases.append({basis, interests.join(QStringLiteral("; "))});
        }
    }
    return bases;
}

// The text without a leading "and " or "or " and without trailing spaces and .;, — the regular expression
// ^(?:and|or)\s+|[\s.;,]+$ written out, as the second half of it is quadratic on long runs of those characters.
QString trimEdges(QString text)
{
    for (const QLatin1StringView word : {QLatin1StringView("and"), QLatin1StringView("or")}) {
        if (text.startsWith(word) && text.size() > word.size() && text.at(word.size()).isSpace()) {
            qsizetype end = word.size();
            while (end < text.size() && text.at(end).isSpace()) {
                ++end;
            }
            text.remove(0, end);
            break;
        }
    }
    qsizetype end = text.size();
    while (end > 0 && (text.at(end - 1).isSpace() || QStringView(u".;,").contains(text.at(end - 1)))) {
        --end;
    }
    text.truncate(end);
    return text;
}

// "(a) Identity (b) Contact" or one item a line, or "Identity, Contact".
QStringList listItems(const QString& cell)
{
    static const QRegularExpression itemMarker =
        NoticeText::pattern(QStringLiteral(R"((?:^|\s)\((?:[a-z]|[ivx]{1,4})\)\s*)"));
    static const QRegularExpression plainSeparator = NoticeText::pattern(QStringLiteral(R"([\n;,])"));
    const QStringList pieces = cell.split(itemMarker.match(cell).hasMatch() ? itemMarker : plainSeparator);
    QStringList items;
    QSet<QString> folded;
    for (const QString& piece : pieces) {
        const QString item = trimEdges(piece.simplified());
        if (!item.isEmpty() && !folded.contains(item.toCaseFolded())) {
            folded.insert(item.toCaseFolded());
            items << item;
        }
    }
    return items;
}

Result<ImportedPurpose> purposeFromRow(const TableRow& row, const TableColumns& columns, const QString& label)
{
    const QString purpose = cellAt(row, columns.purpose).simplified();
    const QString basisCell = cellAt(row, columns.basis).simplified();
    if (purpose.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     Text::tr("%1: line %2: the table row has no text in its Purpose/Activity cell.")
                         .arg(label, QString::number(row.line))};
    }
    if (purpose.size() > InputLimits::kMaxShortText) {
        return tooLong(label, row.line, Text::tr("purpose"), purpose.size(), InputLimits::kMaxShortText);
    }
    if (basisCell.size() > InputLimits::kMaxLongText) {
        return tooLong(label, row.line, Text::tr("lawful basis"), basisCell.size(), InputLimits::kMaxLongText);
    }
    const QString dataCell = cellAt(row, columns.data);
    if (dataCell.size() > InputLimits::kMaxLongText) {
        return tooLong(label, row.line, Text::tr("list of data"), dataCell.size(), InputLimits::kMaxLongText);
    }
    const QList<LawfulBasis> bases = basesFromCell(basisCell);
    if (bases.isEmpty()) {
        return Error{
            ErrorCode::InvalidInput,
            Text::tr("%1: line %2: no lawful basis was recognised in \"%3\" (expected words such as contract, legal "
                     "obligation, legitimate interests or consent).")
                .arg(label, QString::number(row.line), basisCell)};
    }
    return ImportedPurpose{purpose, bases, listItems(dataCell), row.line};
}

bool isBlankRow(const TableRow& row)
{
    return std::all_of(row.cells.cbegin(), row.cells.cend(), [](const QString& c) { return c.trimmed().isEmpty(); });
}

// The purposes of every Purpose/Activity table in the notice; none when it has no such table.
Result<QList<ImportedPurpose>> purposesFromTables(const NoticeText& doc, const QString& label)
{
    QList<ImportedPurpose> purposes;
    for (const QList<TableRow>& rows : doc.tables) {
        qsizetype header = 0;
        std::optional<TableColumns> columns;
        for (; header < rows.size() && !columns; ++header) {
            columns = purposeTableColumns(rows.at(header).cells);
        }
        if (!columns) {
            continue;
        }
        qsizetype found = 0;
        for (qsizetype i = header; i < rows.size(); ++i) {
            // Long tables repeat their header on each page.
            if (isBlankRow(rows.at(i)) || purposeTableColumns(rows.at(i).cells)) {
                continue;
            }
            Result<ImportedPurpose> purpose = purposeFromRow(rows.at(i), *columns, label);
            if (!purpose) {
                return purpose.error();
            }
            purposes.append(std::move(purpose).value());
            ++found;
        }
        if (found == 0) {
            return Error{ErrorCode::InvalidInput,
                         Text::tr("%1: the Purpose/Activity table on line %2 has no rows.")
                             .arg(label, QString::number(rows.at(header - 1).line))};
        }
    }
    return purposes;
}

// ---------------------------------------------------------------------------------------------------------------
// Purpose lists with a legend of markers.

// Asterisks, daggers and the like, or letters in brackets; one legend uses one family.
enum class MarkerFamily { Symbols, Letters };

struct MarkerToken
{
    QString marker;
    qsizetype start = 0;
    qsizetype end = 0;
};

const QRegularExpression& symbolRun()
{
    static const QRegularExpression re = NoticeText::pattern(QStringLiteral(u"\\*+|\u2020+|\u2021+|\u00A7+|\u00B6+"));
    return re;
}

QList<MarkerToken> markerTokens(const QString& text, MarkerFamily family)
{
    static const QRegularExpression letter = NoticeText::pattern(QStringLiteral(R"(\([a-z]\))"));
    QList<MarkerToken> tokens;
    QRegularExpressionMatchIterator it = (family == MarkerFamily::Symbols ? symbolRun() : letter).globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        tokens.append({m.captured(0), m.capturedStart(), m.capturedEnd()});
    }
    return tokens;
}

struct Bulleted
{
    QString text;
    bool bullet = false;
};

Bulleted stripBullet(const QString& line)
{
    static const QRegularExpression prefix = NoticeText::pattern(
        QStringLiteral(u"^\\s*(?:[\u2022\u25CF\u25AA\u25E6\u2023\u2043\u00B7\u25CB\u25A0\u25A1\u25BA\u27A2"
                       u"\u2013\u2014+-]|\\*(?=\\s)|\\d{1,3}[.)]|[a-zA-Z][.)])\\s+"));
    const QRegularExpressionMatch m = prefix.match(line);
    if (!m.hasMatch()) {
        return {line.trimmed(), false};
    }
    return {line.mid(m.capturedEnd()).trimmed(), true};
}

struct Legend
{
    MarkerFamily family = MarkerFamily::Symbols;
    QList<QPair<QString, Basis>> markers; // in the legend's order
    QList<qsizetype> lineIndexes;
    int firstLine = 0;

    std::optional<Basis> basisOf(const QString& marker) const
    {
        for (const auto& [m, basis] : markers) {
            if (m == marker) {
                return basis;
            }
        }
        return std::nullopt;
    }

    bool defines(Basis basis) const
    {
        return std::any_of(markers.cbegin(), markers.cend(),
                           [basis](const auto& entry) { return entry.second == basis; });
    }

    // "* for contract, ** for legal obligation and *** for legitimate interests"
    QString describe() const
    {
        QStringList parts;
        for (const auto& [marker, basis] : markers) {
            parts << Text::tr("%1 for %2").arg(marker, basisName(basis).toLower());
        }
        return joinWithAnd(parts);
    }
};

// Which basis each marker of a sentence stands for, reading the words on one side of each marker: "contract with
// you*" has them before, "* = contract" after. Empty where the words contradict themselves.
Legend mapMarkers(const QString& text, const QList<MarkerToken>& tokens, bool wordsBefore)
{
    Legend legend;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const qsizetype from = wordsBefore ? (i == 0 ? 0 : tokens.at(i - 1).end) : tokens.at(i).end;
        const qsizetype to =
            wordsBefore ? tokens.at(i).start : (i + 1 < tokens.size() ? tokens.at(i + 1).start : text.size());
        const QList<BasisMention> mentions = basisMentions(text.mid(from, to - from));
        if (mentions.isEmpty()) {
            continue;
        }
        const Basis basis = wordsBefore ? mentions.last().basis : mentions.first().basis;
        const std::optional<Basis> known = legend.basisOf(tokens.at(i).marker);
        if (known && *known == basis) {
            continue;
        }
        if (known || legend.defines(basis)) {
            return {};
        }
        legend.markers.append({tokens.at(i).marker, basis});
    }
    return legend;
}

// Whether a line has a character that every marker of the family, bare or in brackets, is written with; most lines
// have none, and reading them no further keeps a notice of a million short lines quick.
bool mayHoldMarkers(const QString& text, MarkerFamily family)
{
    if (family == MarkerFamily::Letters) {
        return text.contains(QLatin1Char('(')) || text.contains(QLatin1Char('['));
    }
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QLatin1Char('*') || c == QChar(0x2020) || c == QChar(0x2021) || c == QChar(0x00A7) ||
            c == QChar(0x00B6);
    });
}

// A legend written as one sentence: "…perform our contract with you*, to comply with legal obligations**…".
std::optional<Legend> sentenceLegend(const QList<SourceLine>& lines, qsizetype index, MarkerFamily family)
{
    const QString& text = lines.at(index).text;
    const QList<MarkerToken> tokens = markerTokens(text, family);
    if (tokens.size() < 2 || stripBullet(text).bullet) {
        return std::nullopt;
    }
    const Legend before = mapMarkers(text, tokens, true);
    const Legend after = mapMarkers(text, tokens, false);
    Legend best = after.markers.size() > before.markers.size() ? after : before;
    if (best.markers.size() < 2) {
        return std::nullopt;
    }
    best.family = family;
    best.lineIndexes = {index};
    best.firstLine = lines.at(index).number;
    return best;
}

// A legend written as a list, one marker a line: "*  Contract", "(b) compliance with a legal obligation".
std::optional<Legend> listLegend(const QList<SourceLine>& lines, qsizetype index, MarkerFamily family)
{
    static const QRegularExpression bullet =
        NoticeText::pattern(QStringLiteral(u"^[\\s\u2022\u25CF\u25AA\u25E6\u2013+-]*"));
    Legend legend{family, {}, {}, lines.at(index).number};
    for (qsizetype i = index; i < lines.size(); ++i) {
        const QString text = QString(lines.at(i).text).remove(bullet).trimmed();
        if (text.isEmpty() && !legend.markers.isEmpty()) {
            continue;
        }
        const QList<MarkerToken> tokens = markerTokens(text, family);
        if (tokens.isEmpty() || tokens.first().start != 0) {
            break;
        }
        const qsizetype end = tokens.size() > 1 ? tokens.at(1).start : text.size();
        const QList<BasisMention> mentions = basisMentions(text.mid(tokens.first().end, end - tokens.first().end));
        const QString& marker = tokens.first().marker;
        if (mentions.isEmpty() || legend.basisOf(marker) || legend.defines(mentions.first().basis)) {
            break;
        }
        legend.markers.append({marker, mentions.first().basis});
        legend.lineIndexes.append(i);
    }
    if (legend.markers.size() < 2) {
        return std::nullopt;
    }
    return legend;
}

QList<Legend> findLegends(const QList<SourceLine>& lines)
{
    QList<Legend> legends;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const MarkerFamily family : {MarkerFamily::Symbols, MarkerFamily::Letters}) {
            if (!mayHoldMarkers(lines.at(i).text, family)) {
                continue;
            }
            std::optional<Legend> legend = listLegend(lines, i, family);
            if (!legend) {
                legend = sentenceLegend(lines, i, family);
            }
            if (legend) {
                legends.append(*legend);
                i = legend->lineIndexes.last();
                break;
            }
        }
    }
    return legends;
}

// "*, ***" or "a, c" inside brackets; empty unless every piece is a marker.
QStringList markersInGroup(const QString& content, MarkerFamily family)
{
    static const QRegularExpression separator = NoticeText::pattern(QStringLiteral(R"(\s*(?:[,;&/]|\band\b)\s*|\s+)"));
    static const QRegularExpression letter = NoticeText::pattern(QStringLiteral(R"(^[a-z]$)"));
    static const QRegularExpression symbol =
        NoticeText::pattern(QRegularExpression::anchoredPattern(symbolRun().pattern()));
    QStringList markers;
    for (const QString& piece : content.split(separator, Qt::SkipEmptyParts)) {
        if (family == MarkerFamily::Symbols && symbol.match(piece).hasMatch()) {
            markers << piece;
        } else if (family == MarkerFamily::Letters && letter.match(piece).hasMatch()) {
            markers << QLatin1Char('(') + piece + QLatin1Char(')');
        } else {
            return {};
        }
    }
    return markers;
}

struct TrailingMarkers
{
    qsizetype start = -1;
    QStringList markers;
};

// Where the text before the trailing punctuation ends: "…processes*; and" -> after the asterisk.
// It is where [\s.;,:]*(?:\b(?:and|or)\b)?[\s.;,:]*$ matches first, found from the end, as the regular expression is
// quadratic on long runs of those characters.
qsizetype endBeforeTrailingPunctuation(const QString& text)
{
    const auto isPunctuation = [&text](qsizetype i) {
        return text.at(i).isSpace() || QStringView(u".;,:").contains(text.at(i));
    };
    const auto isWordAt = [&text](qsizetype i) {
        return i >= 0 && i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_'));
    };
    qsizetype end = text.size();
    while (end > 0 && isPunctuation(end - 1)) {
        --end;
    }
    for (const QLatin1StringView word : {QLatin1StringView("and"), QLatin1StringView("or")}) {
        const qsizetype start = end - word.size();
        if (start >= 0 && QStringView(text).sliced(start, word.size()) == word && !isWordAt(start - 1) &&
            !isWordAt(end)) {
            end = start;
            while (end > 0 && isPunctuation(end - 1)) {
                --end;
            }
            break;
        }
    }
    return end;
}

// The markers that end a purpose line: "(*, ***)", "(a)(c)", or, in a bullet list, bare ones as in "staff†, ¶".
TrailingMarkers trailingMarkers(const QString& text, MarkerFamily family, bool allowBare)
{
    TrailingMarkers found;
    QList<QStringList> groups; // from the last group back
    qsizetype end = endBeforeTrailingPunctuation(text);
    while (end > 0) {
        const QChar last = text.at(end - 1);
        QStringList markers;
        qsizetype start = -1;
        if (last == QLatin1Char(')') || last == QLatin1Char(']')) {
            start = text.lastIndexOf(last == QLatin1Char(')') ? QLatin1Char('(') : QLatin1Char('['), end - 1);
            markers = start < 0 ? QStringList() : markersInGroup(text.mid(start + 1, end - start - 2), family);
        } else if (allowBare && family == MarkerFamily::Symbols && symbolRun().match(QString(last)).hasMatch()) {
            for (start = end - 1; start > 0 && text.at(start - 1) == last; --start) { }
            markers = {text.mid(start, end - start)};
        }
        if (markers.isEmpty()) {
            break;
        }
        groups.append(markers);
        found.start = start;
        for (end = start; end > 0 && (text.at(end - 1).isSpace() || QStringLiteral(",;&").contains(text.at(end - 1)));
             --end) { }
    }
    for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
        found.markers += *it;
    }
    // "Article 6(1)(f)" is a reference, not a marker: letter groups must stand apart from the words.
    if (family == MarkerFamily::Letters && found.start > 0 && !text.at(found.start - 1).isSpace()) {
        return {};
    }
    return found;
}

struct MarkedLine
{
    int lineNumber = 0;
    QString purpose;
    QStringList markers;
};

// The text without its inline markers and without trailing separators (spaces and ,;&).
QString purposeText(const QString& text, const QList<MarkerToken>& inlineTokens)
{
    QString kept;
    kept.reserve(text.size());
    qsizetype from = 0;
    for (const MarkerToken& token : inlineTokens) {
        kept += QStringView(text).sliced(from, token.start - from);
        from = token.end;
    }
    kept += QStringView(text).sliced(from);
    kept = kept.simplified();
    qsizetype end = kept.size();
    while (end > 0 && (kept.at(end - 1).isSpace() || QStringView(u",;&").contains(kept.at(end - 1)))) {
        --end;
    }
    kept.truncate(end);
    return kept;
}

// A line that carries markers of the legend's family, whether or not the legend defines them.
std::optional<MarkedLine> markedLine(const SourceLine& line, MarkerFamily family)
{
    const Bulleted item = stripBullet(line.text);
    const bool symbols = family == MarkerFamily::Symbols;
    const TrailingMarkers trailing = trailingMarkers(item.text, family, item.bullet && symbols);
    const QString text = trailing.markers.isEmpty() ? item.text : item.text.left(trailing.start);
    // Markers inside the words ("within American*** - visa status**") count only where the line is clearly a
    // purpose, so a stray asterisk in running prose is not taken for one.
    const bool readInline = symbols && (item.bullet || !trailing.markers.isEmpty());
    const QList<MarkerToken> inlineTokens = readInline ? markerTokens(text, family) : QList<MarkerToken>();
    if (trailing.markers.isEmpty() && inlineTokens.isEmpty()) {
        return std::nullopt;
    }
    MarkedLine marked{line.number, purposeText(text, inlineTokens), {}};
    for (const MarkerToken& token : inlineTokens) {
        marked.markers << token.marker;
    }
    marked.markers += trailing.markers;
    return marked;
}

// Every line that carries markers of a family, with its index, read once however many legends the notice has.
QList<std::pair<qsizetype, MarkedLine>> markedLines(const QList<SourceLine>& lines, MarkerFamily family)
{
    QList<std::pair<qsizetype, MarkedLine>> marked;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!mayHoldMarkers(lines.at(i).text, family)) {
            continue;
        }
        if (std::optional<MarkedLine> line = markedLine(lines.at(i), family); line) {
            marked.append({i, std::move(*line)});
        }
    }
    return marked;
}

// The marked lines a legend is for: all but its own.
QList<MarkedLine> markedLinesOf(const QList<std::pair<qsizetype, MarkedLine>>& marked, const Legend& legend)
{
    QList<MarkedLine> lines;
    for (const auto& [index, line] : marked) {
        if (!legend.lineIndexes.contains(index)) {
            lines.append(line);
        }
    }
    return lines;
}

// Whether a legend marks any line but its own; a legend has a handful of lines, so this looks at a handful.
bool marksAnyLine(const QList<std::pair<qsizetype, MarkedLine>>& marked, const Legend& legend)
{
    for (const auto& entry : marked) {
        if (!legend.lineIndexes.contains(entry.first)) {
            return true;
        }
    }
    return false;
}

Result<QList<ImportedPurpose>> purposesFromMarkedLines(const QList<MarkedLine>& lines, const Legend& legend,
                                                       const QString& label)
{
    QList<ImportedPurpose> purposes;
    for (const MarkedLine& line : lines) {
        QList<LawfulBasis> bases;
        for (const QString& marker : line.markers) {
            const std::optional<Basis> basis = legend.basisOf(marker);
            if (!basis) {
                return Error{
                    ErrorCode::InvalidInput,
                    Text::tr("%1: line %2: marker %3 is not defined by the lawful-basis legend on line %4, which "
                             "defines %5.")
                        .arg(label, QString::number(line.lineNumber), marker, QString::number(legend.firstLine),
                             legend.describe())};
            }
            bases.append(LawfulBasis(*basis));
        }
        if (!line.purpose.isEmpty()) {
            purposes.append({line.purpose, inCanonicalOrder(bases), {}, line.lineNumber});
        }
    }
    return purposes;
}

Result<QList<ImportedPurpose>> purposesFromLegends(const NoticeText& doc, const QString& label)
{
    const QList<Legend> legends = findLegends(doc.lines);
    if (legends.isEmpty()) {
        return Error{
            ErrorCode::InvalidInput,
            Text::tr("%1: no purpose list with a lawful-basis legend and no Purpose/Activity table was found; "
                     "the notice needs a sentence that gives each marker its basis, such as \"to perform our "
                     "contract with you*, to comply with legal obligations**\", with purposes marked \"(*, **)\", "
                     "or a table with Purpose/Activity and Lawful basis columns.")
                .arg(label)};
    }
    // Ordinary prose can read like a legend ("(a) a contract, (b) a legal obligation"), so the legend is the first
    // one whose markers some purpose line actually uses.
    std::optional<QList<std::pair<qsizetype, MarkedLine>>> marked[2];
    for (const Legend& legend : legends) {
        auto& family = marked[legend.family == MarkerFamily::Symbols ? 0 : 1];
        if (!family) {
            family = markedLines(doc.lines, legend.family);
        }
        if (marksAnyLine(*family, legend)) {
            return purposesFromMarkedLines(markedLinesOf(*family, legend), legend, label);
        }
    }
    const Legend& first = legends.first();
    return Error{ErrorCode::InvalidInput,
                 Text::tr("%1: the lawful-basis legend on line %2 defines %3, but no purpose line is marked with them.")
                     .arg(label, QString::number(first.firstLine), first.describe())};
}

QString decodeNotice(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace

Result<Register> NoticeImporter::parse(const QString& text, const QString& fileLabel)
{
    if (text.size() > InputLimits::kMaxNoticeBytes) {
        return Error{
            ErrorCode::InvalidInput,
            Text::tr("%1 is %2 characters long; at most %3 can be imported.")
                .arg(fileLabel, InputLimits::number(text.size()), InputLimits::number(InputLimits::kMaxNoticeBytes))};
    }
    const NoticeText doc = HtmlFlattener::looksLikeHtml(text) ? HtmlFlattener(text).run() : textDocument(text);
    Result<QList<ImportedPurpose>> purposes = purposesFromTables(doc, fileLabel);
    if (purposes && purposes->isEmpty()) {
        purposes = purposesFromLegends(doc, fileLabel);
    }
    if (!purposes) {
        return purposes.error();
    }
    return buildRegister(purposes.value(), fileLabel);
}

Result<Register> NoticeImporter::readFile(const QString& path)
{
    const QString label = QDir::toNativeSeparators(path);
    const Result<QByteArray> bytes = BoundedFile::read(path, InputLimits::kMaxNoticeBytes, label);
    if (!bytes) {
        return bytes.error();
    }
    return parse(decodeNotice(bytes.value()), label);
}

} // namespace ropa::formats
