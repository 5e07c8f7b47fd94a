#pragma once

#include "coreglobal.h"
#include "pagesetup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Backroom {

// One printable form: HTML (the subset QTextDocument renders) with Mustache
// tags, after a header that says what it is:
//
//   <!--backroom
//   {"title": {"en": "Purchase order", "zh_CN": "采购订单"},
//    "paper": "A4", "orientation": "portrait", "margins": [15, 15, 15, 15],
//    "expects": ["number", "date", "lines"]}
//   -->
//   <h1>{{labels.number}} {{number}}</h1> …
//
// A positioned form ("kind": "positioned", 套打) places its values at
// millimetre positions for pre-printed stationery instead:
//
//   <text x="32" y="21" width="60" size="11" align="right">{{amount}}</text>
//   <image x="150" y="10" width="20" height="20" src="qr:{{number}}"/>
//
// Values are always HTML-escaped: the header refuses {{{…}}} and {{&…}}, and
// partials and delimiter changes, so data can never become markup or
// template code. Every name the body uses must exist in the data it is
// rendered with; a name that does not is reported with its line instead of
// printing an empty gap on a form somebody signs.
class BACKROOM_CORE_EXPORT DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::DocumentTemplate)

public:
    enum class Kind { Flow, Positioned };

    struct Problem
    {
        int line = 0;      // 1-based line in the template file; 0 when not tied to one
        QString message;
        QString toString() const;
    };

    DocumentTemplate() = default;

    // Reads the header and checks the body's tags. `name` is how the
    // document service calls it ("core.partner", "finance.voucher").
    static DocumentTemplate parse(const QString &name, const QString &text, Problem *problem = nullptr);

    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    QString title() const;   // in the current language
    Kind kind() const { return m_kind; }
    PageSetup pageSetup() const { return m_page; }
    QStringList expects() const { return m_expects; }
    // Page furniture the service adds: the company letterhead on top and the
    // printed-by / page-number footer. Stationery wants neither.
    bool wantsLetterhead() const { return m_letterhead; }
    bool wantsFooter() const { return m_footer; }
    QString source() const { return m_source; }
    QString body() const { return m_body; }

    // The body filled in with `data` (maps, lists of maps, strings, numbers,
    // booleans). Empty, with `problem` set, when the data lacks something the
    // template names or declares.
    QString render(const QVariantMap &data, Problem *problem = nullptr) const;

private:
    bool checkNames(const QVariantMap &data, Problem *problem) const;

    bool m_valid = false;
    QString m_name;
    QVariantMap m_titles;   // language → title, or "" → untranslated title
    Kind m_kind = Kind::Flow;
    PageSetup m_page;
    QStringList m_expects;
    bool m_letterhead = true;
    bool m_footer = true;
    QString m_source;
    QString m_body;
    int m_bodyLine = 1;     // line of the file where the body starts
};

} // namespace Backroom
