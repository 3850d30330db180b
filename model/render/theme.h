#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <kainjow/mustache.hpp>

#include <array>

namespace Newsdesk {

// A site theme: a folder of Mustache templates, the texts of its pages per language and its
// assets (see docs/themes.md). Loading reads and compiles every template once, with its
// partials inlined (TemplateLoader), so rendering never parses; a broken theme fails to load
// with an error naming the file and the line. The default theme is compiled into the model
// library as Qt resources (DefaultFolder) and loads like any folder on disk.
//
// Templates are rendered with kainjow mustache (Debian's libkainjow-mustache-dev): Mustache is
// the logic-less template language most theme authors already know (DedeCMS-style tag
// languages are PHP-bound), it is one header, keeps a parsed template for reuse, and renders
// from a stack of contexts, so site-wide blocks are built once and shared by every page.
// A Theme is not thread-safe (kainjow's render is not const): one per rendering thread.
class Theme final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Theme)

public:
    enum class Page { Article, List, Home, Tag, NotFound, Withdrawn };
    static constexpr int PageCount = 6;
    static inline const QString DefaultFolder = QStringLiteral(":/themes/default");

    using Data = kainjow::mustache::data;

    // The stack of data a template renders from (the page's on top of the site's). Looks
    // names up as kainjow's own context does, without its stringstream split of dotted names
    // ("t.location"), which cost more than the rest of a lookup.
    class Context final : public kainjow::mustache::basic_context<std::string>
    {
    public:
        explicit Context(const Data *bottom) { push(bottom); }
        void push(const Data *data) override { m_items.push_back(data); }
        void pop() override { m_items.pop_back(); }
        const Data *get(const std::string &name) const override;
        const Data *get_partial(const std::string &name) const override { return get(name); }

    private:
        std::vector<const Data *> m_items; // the top is the back
    };

    // folder empty: the built-in default theme.
    static Result<Theme> load(const QString &folder);
    // The theme a site's settings name (SiteSettings::theme, empty for the default).
    static Result<Theme> loadDefault() { return load(QString()); }

    const QString &folder() const { return m_folder; }
    // templates/<name>.mustache of a page.
    static QString templateName(Page page);

    // The texts of the theme's pages for a BCP 47 language: the exact language, else the
    // same primary language (zh-TW → zh-CN), else zh-CN, else the first the theme has.
    // Keys are those of the theme's strings/<language>.json.
    Data strings(const QString &language) const;
    // One of those texts ("" when the theme has no such key).
    QString text(const QString &language, const std::string &key) const;
    // Files under assets/, relative to it ("style.css"), sorted; an export copies them into
    // the bundle's theme/ folder.
    const QStringList &assets() const { return m_assets; }
    Result<QByteArray> asset(const QString &relativePath) const;

    // Renders a page's template in context (page data on top of the site's).
    Result<QByteArray> render(Page page, Context &context);

private:
    Theme() = default;
    Status loadStrings();
    void listAssets();

    QString m_folder;
    std::array<kainjow::mustache::mustache, PageCount> m_templates {
            kainjow::mustache::mustache(std::string()), kainjow::mustache::mustache(std::string()),
            kainjow::mustache::mustache(std::string()), kainjow::mustache::mustache(std::string()),
            kainjow::mustache::mustache(std::string()), kainjow::mustache::mustache(std::string())};
    QHash<QString, Data> m_strings; // by language
    QStringList m_assets;
};

} // namespace Newsdesk
