#include "diffhtml.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

using Kind = DiffSegment::Kind;

const QString RemovedStyle =
        u"background-color:#ffd7d5; color:#82071e; text-decoration:line-through;"_s;
const QString AddedStyle = u"background-color:#ccffd8; color:#055d20;"_s;
const QString MutedStyle = u"color:#6e7781;"_s;
const QString CellStyle = u"white-space:pre-wrap;"_s;

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"<br>"_s);
    html.replace(u'\n', u"<br>"_s);
    html.replace(QChar(QChar::LineSeparator), u"<br>"_s);
    html.replace(QChar(QChar::ParagraphSeparator), u"<br>"_s);
    return html;
}

QString span(const QString &style, const QString &text)
{
    return u"<span style=\""_s + style + u"\">"_s + escaped(text) + u"</span>"_s;
}

QString marked(const DiffSegment &segment)
{
    switch (segment.kind) {
    case Kind::Same:
        return escaped(segment.text);
    case Kind::Removed:
        // <s> as well as the style: QTextDocument reads both, and the tag survives copying.
        return u"<s>"_s + span(RemovedStyle, segment.text) + u"</s>"_s;
    case Kind::Added:
        return span(AddedStyle, segment.text);
    }
    return {};
}

// The segments of one side (Removed: the earlier revision; Added: the later; Same: both, merged).
QString sideHtml(const QList<DiffSegment> &segments, Kind side)
{
    QString html;
    for (const DiffSegment &segment : segments) {
        if (side == Kind::Same || segment.kind == Kind::Same || segment.kind == side)
            html += marked(segment);
    }
    return html;
}

// One line of the body: where unchanged text has a line break, both sides start a new row.
struct Row
{
    QString before;
    QString after;
    QString merged;
    bool changed = false;
};

std::vector<Row> rows(const QList<DiffSegment> &segments)
{
    std::vector<Row> rows(1);
    for (const DiffSegment &segment : segments) {
        if (segment.kind != Kind::Same) {
            const QString html = marked(segment);
            (segment.kind == Kind::Removed ? rows.back().before : rows.back().after) += html;
            rows.back().merged += html;
            rows.back().changed = true;
            continue;
        }
        const QStringList lines = segment.text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                rows.emplace_back();
            const QString html = escaped(lines.at(i));
            rows.back().before += html;
            rows.back().after += html;
            rows.back().merged += html;
        }
    }
    return rows;
}

// Which rows to show: every one, or the changed ones with context; a hidden stretch is
// returned as a row index of -n (n rows hidden).
std::vector<int> visibleRows(const std::vector<Row> &rows, int context)
{
    std::vector<int> shown;
    const int count = int(rows.size());
    std::vector<bool> keep(rows.size(), context < 0);
    for (int i = 0; i < count && context >= 0; ++i) {
        if (!rows[size_t(i)].changed)
            continue;
        for (int j = std::max(0, i - context); j <= std::min(count - 1, i + context); ++j)
            keep[size_t(j)] = true;
    }
    int hidden = 0;
    for (int i = 0; i < count; ++i) {
        if (keep[size_t(i)]) {
            if (hidden > 0)
                shown.push_back(-hidden);
            hidden = 0;
            shown.push_back(i);
        } else {
            ++hidden;
        }
    }
    if (hidden > 0)
        shown.push_back(-hidden);
    return shown;
}

QString collapsedText(int hidden)
{
    return span(MutedStyle, DiffHtml::tr("… %n unchanged line(s) …", nullptr, hidden));
}

QString notes(const ArticleDiff &diff)
{
    if (diff.identical())
        return u"<p>"_s + escaped(DiffHtml::tr("The two revisions are identical.")) + u"</p>"_s;
    if (diff.bodyFormattingChanged)
        return u"<p>"_s
                + span(MutedStyle,
                       DiffHtml::tr("The body's formatting changed; its text is the same."))
                + u"</p>"_s;
    return {};
}

QString labelCell(const FieldDiff &field)
{
    return u"<td valign=\"top\" width=\"16%\"><b>"_s + escaped(field.label) + u"</b></td>"_s;
}

// A field's value: unchanged ones muted, so the eye goes to the changes.
QString valueHtml(const FieldDiff &field, Kind side)
{
    const QString html = sideHtml(field.segments, side);
    return field.changed ? html : u"<span style=\""_s + MutedStyle + u"\">"_s + html + u"</span>"_s;
}

QString cell(const QString &html)
{
    return u"<td valign=\"top\" style=\""_s + CellStyle + u"\">"_s + html + u"</td>"_s;
}

const QString TableStart =
        u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\">"_s;

} // namespace

QString DiffHtml::inlineHtml(const ArticleDiff &diff, const Options &options)
{
    QString html = notes(diff);
    QString fieldRows;
    for (const FieldDiff &field : diff.fields) {
        if (field.changed || options.showUnchangedFields)
            fieldRows +=
                    u"<tr>"_s + labelCell(field) + cell(valueHtml(field, Kind::Same)) + u"</tr>"_s;
    }
    if (!fieldRows.isEmpty())
        html += TableStart + fieldRows + u"</table>"_s;

    html += u"<h3>"_s + escaped(diff.body.label) + u"</h3>"_s;
    const std::vector<Row> body = rows(diff.body.segments);
    QStringList lines;
    for (int index : visibleRows(body, options.contextLines))
        lines.append(index < 0 ? collapsedText(-index) : body[size_t(index)].merged);
    html += u"<p style=\""_s + CellStyle + u"\">"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    return html;
}

QString DiffHtml::sideBySideHtml(const ArticleDiff &diff, const QString &leftLabel,
                                 const QString &rightLabel, const Options &options)
{
    QString html = notes(diff);
    html += TableStart;
    html += u"<tr><th width=\"16%\"></th><th width=\"42%\" align=\"left\">"_s + escaped(leftLabel)
            + u"</th><th width=\"42%\" align=\"left\">"_s + escaped(rightLabel) + u"</th></tr>"_s;
    for (const FieldDiff &field : diff.fields) {
        if (!field.changed && !options.showUnchangedFields)
            continue;
        html += u"<tr>"_s + labelCell(field) + cell(valueHtml(field, Kind::Removed))
                + cell(valueHtml(field, Kind::Added)) + u"</tr>"_s;
    }
    const std::vector<Row> body = rows(diff.body.segments);
    bool first = true;
    for (int index : visibleRows(body, options.contextLines)) {
        html += u"<tr>"_s;
        html += first ? labelCell(diff.body) : u"<td></td>"_s;
        first = false;
        if (index < 0) {
            html += cell(collapsedText(-index)) + cell(collapsedText(-index));
        } else {
            const Row &row = body[size_t(index)];
            html += cell(row.before) + cell(row.after);
        }
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

} // namespace Newsdesk
