"""Web-page and archive debris around a report: page chrome, captions, link lists, licence footers.

Text copied from a government or news site brings the page with it: download/print/font-size
controls (下载 打印 【字号：大 中 小】), breadcrumbs, source and date lines (来源：… 时间：…),
photo captions (本报记者 朱江 摄), lists of related reports (相关报道：…), site footers
(版权所有, ICP备案), a news agency's dateline before the title (新华社北京3月5日电), and
archive footers such as Wikisource's public-domain notice. Each kind is recognised by its
shape — short lines made of such words, at the head or tail of the text — never by a
particular site, and removed with its own reason.
"""
from __future__ import annotations

import re

from govreport.corpus.ledger import Ledger

# words of page controls; a line made only of these (and separators) is navigation
_NAV_WORDS = sorted("""下载 打印 打印本页 打印本文 全屏 收藏 收藏本页 关闭 关闭窗口 关闭本页 返回 返回顶部 顶部 分享 分享到
字号 字体 大 中 小 加大 减小 还原 默认 扫一扫 微信 微博 朋友圈 QQ空间 纠错 我要纠错 上一篇 下一篇 首页 视力保护色
手机版 无障碍 长者模式 放大 缩小 评论 点赞 转发 阅读模式 正文 保存 复制链接 在手机上阅读""".split(), key=len, reverse=True)
_NAV = re.compile("|".join(map(re.escape, _NAV_WORDS)))
_SEPARATORS = re.compile(r"[\s【】\[\]（）()｜|/·:：>›»<‹«、,，.。\-—_*]+")
_BREADCRUMB = re.compile(r"^\s*(?:当前位置|您的位置|你的位置|您现在的位置)[：:]|^(?:[^\s>›»。，]{1,12}\s*[>›»]\s*){2,}[^\s>›»。，]{1,30}\s*$")
_ARROW_LINK = re.compile(r"^\s*←[^\n。]{2,40}$|^[^\n。]{2,40}→\s*$")  # ←2016年…报告  2018年…报告→
_SOURCE_LINE = re.compile(r"(?:^|\s)(?:来源|信息来源|稿源|发布时间|发布日期|发布机构|时间|日期|作者|编辑|责任编辑|责编|"
                          r"浏览次数|点击数|阅读数|访问量|字体)\s*[：:]")
_PHOTO_CREDIT = re.compile(r"(?:(?:本报|新华社|人民日报|中新社|特约)?(?:记者|通讯员|摄影|摄像|图)[\s\u3000]*"
                           r"(?:[\u4e00-\u9fff·]{2,5}[\s\u3000、]*){1,3}摄|[（(][^（()）\n]{0,20}摄[)）])\s*$")
_CAPTION_START = re.compile(r"^\s*(?:图为|图：|图:|\[图\]|（图片来源|\(图片来源)")
_RELATED = re.compile(r"^\s*[【\[]?(?:相关报道|相关链接|相关阅读|相关新闻|相关文章|相关稿件|相关报告|延伸阅读|推荐阅读|"
                      r"热点推荐|往期回顾|更多报道)[】\]]?\s*[：:]?\s*$")
_SITE_FOOTER = re.compile(r"版权所有|Copyright|©|ICP备|网站标识码|公网安备|主办单位[：:]|承办单位[：:]|网站地图|联系我们")
_LICENCE = re.compile(r"公有领域|著作权|版权|许可协议|知识共享|public domain|creative commons|CC[- ]BY", re.I)
_LICENCE_START = re.compile(r"^\s*(?:本作品|本文|本页面?|This work|Public domain)", re.I)
_AGENCY_DATELINE = re.compile(r"(?:新华社|中新社|中国新闻社|新华网|人民网|央视网|中国新闻网|人民日报)[\u4e00-\u9fff]{0,8}"
                              r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电(?:\s*[（(]记者[^）)\n]{1,30}[)）])?[\s\u3000]*")
SHORT_LINE = 80  # chrome, captions and link titles are short
CAPTION_LINE = 150
HEAD = 1500  # navigation and datelines come before the report starts
LICENCE_TAIL = 6000  # a licence footer closes the text


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end including the line break, line) for each line."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        out.append((pos, min(end + 1, len(text)), line))
        pos = end + 1
    return out


def _is_navigation(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > SHORT_LINE:
        return False
    if _BREADCRUMB.search(s) or (_ARROW_LINK.match(s) and "报告" in s):
        return True
    return bool(_NAV.search(s)) and not _SEPARATORS.sub("", _NAV.sub("", s))


def _photo_credit(line: str) -> re.Match | None:
    """A photo credit ending the line; every credit holds 摄, so a line without it (nearly every
    paragraph of a report) is not searched."""
    return _PHOTO_CREDIT.search(line) if "摄" in line else None


def find_page_debris(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of web-page and archive debris in ``text``."""
    found: list[tuple[int, int, str]] = []
    lines = _lines(text)
    previous = ""  # reason of the previous non-blank line
    for i, (a, b, line) in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        count = len(found)
        if _is_navigation(line) or (previous == "page_navigation" and not _SEPARATORS.sub("", s)):
            found.append((a, b, "page_navigation"))  # a lone 】 closing 【字号：… goes with it
        elif len(s) <= SHORT_LINE and "。" not in s and _SOURCE_LINE.search(s):
            found.append((a, b, "source_line"))
        elif len(s) <= SHORT_LINE and _SITE_FOOTER.search(s) and a > len(text) // 2:
            found.append((a, b, "site_footer"))
        elif (m := _photo_credit(line)) or (len(s) <= CAPTION_LINE and _CAPTION_START.match(line)):
            if len(s) <= CAPTION_LINE:  # a caption line: its description goes with the credit
                found.append((a, b, "photo_caption"))
            else:  # a credit glued to a paragraph: only the credit
                found.append((a + m.start(), a + m.end(), "photo_caption"))
        elif _RELATED.match(line):
            end = b
            for a2, b2, nxt in lines[i + 1:]:
                if len(nxt.strip()) > SHORT_LINE or nxt.strip().endswith("。"):
                    break
                end = b2
            found.append((a, end, "related_links"))
        previous = found[-1][2] if len(found) > count else ""
    found += _licence_footer(text, lines)
    found += _agency_dateline(text)
    return found


def _licence_footer(text: str, lines) -> list[tuple[int, int, str]]:
    """From a line opening a licence or copyright notice near the end, to the end."""
    for a, _b, line in lines:
        if a < len(text) - LICENCE_TAIL or not _LICENCE_START.match(line):
            continue
        if _LICENCE.search(text[a:a + 400]):
            return [(a, len(text), "licence_footer")]
    return []


def _agency_dateline(text: str) -> list[tuple[int, int, str]]:
    """新华社北京3月16日电 (and the reporter) before the report: the agency's, not the report's."""
    m = _AGENCY_DATELINE.search(text, 0, HEAD)
    if m and not re.search(r"[。！？]", text[:m.start()]):
        return [(m.start(), m.end(), "news_agency_dateline")]
    return []


def remove_page_debris(ledger: Ledger) -> int:
    """Record the removals on the ledger (found on its clean view, recorded at raw offsets)."""
    text, _ = ledger.view()
    spans = [(ledger.to_raw_span(a, b), reason) for a, b, reason in find_page_debris(text)]
    for (r0, r1), reason in spans:
        ledger.remove(r0, r1, reason)
    return len(spans)
