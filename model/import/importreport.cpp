#include "importreport.h"

#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

int ImportReport::count(Outcome outcome) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [outcome](const Entry &entry) { return entry.outcome == outcome; }));
}

QString ImportReport::outcomeName(Outcome outcome, bool dryRun)
{
    switch (outcome) {
    case Outcome::Imported:
        return dryRun ? tr("would import") : tr("imported");
    case Outcome::Updated:
        return dryRun ? tr("would update") : tr("updated");
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::Skipped:
        return tr("skipped");
    }
    return {};
}

QString ImportReport::summary() const
{
    const int imported = count(Outcome::Imported);
    const int updated = count(Outcome::Updated);
    const int unchanged = count(Outcome::Unchanged);
    const int skipped = count(Outcome::Skipped);
    QString text = dryRun ? tr("Dry run: would import %1, update %2; %3 unchanged, %4 skipped; "
                               "nothing was written.")
                                    .arg(imported)
                                    .arg(updated)
                                    .arg(unchanged)
                                    .arg(skipped)
                          : tr("Imported %1, updated %2; %3 unchanged, %4 skipped.")
                                    .arg(imported)
                                    .arg(updated)
                                    .arg(unchanged)
                                    .arg(skipped);
    if (cancelled)
        text += u' '
                + tr("Cancelled after %1 of %2 items; importing again continues where this "
                     "stopped.")
                          .arg(entries.size())
                          .arg(total);
    int remote = 0;
    for (const Entry &entry : entries)
        remote += int(entry.remoteImages.size());
    if (remote > 0)
        text += u' ' + tr("%n remote image(s) kept as links to other sites.", nullptr, remote);
    return text;
}

QString ImportReport::toText() const
{
    QString text;
    for (const Entry &entry : entries) {
        text += outcomeName(entry.outcome, dryRun) % u'\t'
                % (entry.articleId ? u'#' + QString::number(entry.articleId) : u"-"_s) % u'\t'
                % entry.item;
        if (!entry.title.isEmpty())
            text += u"\t“"_s % entry.title % u"”"_s;
        if (!entry.reason.isEmpty())
            text += u": "_s % entry.reason;
        text += u'\n';
        for (const QString &note : entry.notes)
            text += u"\t\t"_s % note % u'\n';
        for (const QString &image : entry.remoteImages)
            text += u"\t\t"_s % tr("remote image: %1").arg(image) % u'\n';
    }
    for (const QString &channel : createdChannels)
        text += (dryRun ? tr("would add the channel %1") : tr("added the channel %1")).arg(channel)
                + u'\n';
    return text + summary() + u'\n';
}

} // namespace Newsdesk
