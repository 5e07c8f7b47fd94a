#pragma once

#include "documenttemplate.h"

#include <QString>
#include <QVariantMap>

namespace Backroom {

// One document as the document service prints it: the template, the data it
// is filled with, and what the page furniture needs to know about it.
struct PrintDocument
{
    DocumentTemplate documentTemplate;
    QVariantMap data;
    QString title;              // for the PDF's metadata and the print queue
    bool draft = false;         // 草稿 / DRAFT watermark
    bool confidential = false;  // unmasked sensitive values: CONFIDENTIAL, user and time
    // The record printed, for the audit log (empty for other documents).
    QString entityId;
    qint64 recordId = 0;
    QString templateName;
};

} // namespace Backroom
