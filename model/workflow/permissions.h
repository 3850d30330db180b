#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>

namespace Newsdesk {

struct Article;

// What a role may do, checked in model/ whichever entry point (window, command line) asks.
// Roles are ordered: a chief editor may do all an editor may, an administrator all a chief
// editor may (the brief's admin is "often also a chief editor"; one person has one role).
enum class Permission {
    WriteArticles, // create articles, edit and submit one's own drafts and returned articles
    EditOthers, // edit any article, whoever wrote it
    Review, // approve, return, withdraw
    CurateFrontPage, // 头条 幻灯 推荐 特荐 滚动 flags and weight
    ManageChannels, // channels and tags
    Export, // export the site
    ManageUsers, // add people, change roles and passwords, deactivate
    ManageSettings, // site settings and ad slots
    ReadAudit, // read and export the audit log
};

class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Permissions)

public:
    static bool allows(Role role, Permission permission);
    // Ok, or Error::Kind::Denied naming the person, the action and the role it takes.
    static Status require(const User &user, Permission permission);
    // Whether user wrote article (created it): editors work on their own articles only.
    static bool owns(const User &user, const Article &article);
    // The action a permission stands for, for messages: "approve articles".
    static QString actionName(Permission permission);
    // The least role that holds a permission.
    static Role leastRole(Permission permission);
};

} // namespace Newsdesk
