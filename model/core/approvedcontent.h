#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>

namespace Newsdesk::ApprovedContent {

// What a chief editor approves: every field an editor writes and the page shows — title, short
// title, subtitle, title colour and bold, summary, keywords, channels, tags, the picture and
// redirect flags with the redirect URL, cover, source, author, editor, body, publish time,
// expiry and file name. Not in it: the state, version and counters, the approval itself, and
// the front-page arrangement (头条 推荐 幻灯 特荐 滚动 flags and weight), which chief editors
// change on live articles directly (docs/workflow.md).
//
// canonical() is a stable JSON text of those fields (keys sorted, times ISO 8601 UTC); equal
// content gives equal bytes, whatever else differs. hash() is its SHA-256, lower-case hex: the
// approval hash an export checks before it publishes a revision.
QByteArray canonical(const Article &article);
QString hash(const Article &article);

// The flags that arrange the front page, outside the approved content.
ArticleFlags curationFlags();

// Whether two versions differ in the front-page arrangement (curation flags or weight).
bool curationDiffers(const Article &a, const Article &b);

// approved with the front-page arrangement of current: what a live article with a staged edit
// shows (its approved text, its current place on the front page).
Article withCurationOf(Article approved, const Article &current);

} // namespace Newsdesk::ApprovedContent
