#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Newsdesk {

// Finds what a rendered page would fetch from other hosts: http(s) URLs in the src or href of
// <link>, <script> and <img> elements outside article bodies. Themes must make none (the
// preview blocks such requests and a bundle must work offline); the renderer marks each body
// with BodyStart and BodyEnd comments so that a photo an article links to is not counted.
namespace RemoteResources {

inline constexpr char BodyStart[] = "<!--newsdesk:body-->";
inline constexpr char BodyEnd[] = "<!--/newsdesk:body-->";

struct Reference
{
    QString element; // "link", "script", "img"
    QString url;
    int line = 0; // in the page
};

QList<Reference> find(const QByteArray &html);

} // namespace RemoteResources

} // namespace Newsdesk
