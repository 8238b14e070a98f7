"""Reading articles for what can be checked: figures, dates, attributions and check-worthy
sentences, each with exact code-point offsets into the article's text; comparing them across
articles; matching published fact-checks. Plain Python (no Qt, no SQL), from rules and well-kept
libraries that run offline."""
