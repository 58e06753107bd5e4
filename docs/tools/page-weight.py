#!/usr/bin/env python3
"""Page weight and load times of Bridgehead's main pages in headless Chromium (docs/benchmarks.md).

Usage: start the demo (java -jar web/target/bridgehead.jar), start `chromedriver --port=9515`, then
    python3 docs/tools/page-weight.py [http://localhost:8080]
It signs in as the demo accounts, opens each page in English and in Chinese, reads the browser's
Navigation and Resource Timing entries and prints a Markdown table. Standard library only.
"""
import http.cookiejar
import json
import re
import sys
import tempfile
import urllib.parse
import urllib.request

DRIVER = 'http://127.0.0.1:9515'
BASE = sys.argv[1] if len(sys.argv) > 1 else 'http://localhost:8080'
PASSWORD = 'bridgehead-demo-2026'


def call(method, path, body=None):
    request = urllib.request.Request(DRIVER + path, data=None if body is None else json.dumps(body).encode(), method=method,
                                     headers={'Content-Type': 'application/json'})
    return json.loads(urllib.request.urlopen(request).read())['value']


def cookies_of(email):
    """Signs in through the login form, as a browser would, and returns the cookies."""
    if email is None:
        return []
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + '/login').read().decode()
    token = re.search(r'name="csrfToken" value="([^"]+)"', page).group(1)
    opener.open(BASE + '/login', urllib.parse.urlencode({'csrfToken': token, 'email': email, 'password': PASSWORD}).encode())
    return [{'name': c.name, 'value': c.value, 'path': '/'} for c in jar]


def browser(email, language):
    args = ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=1280,900', '--disable-background-networking',
            '--user-data-dir=' + tempfile.mkdtemp(prefix='bridgehead-weight-')]
    session = call('POST', '/session', {'capabilities': {'alwaysMatch': {'browserName': 'chrome',
                                                                         'goog:chromeOptions': {'binary': '/usr/bin/chromium', 'args': args}}}})
    sid = session['sessionId']
    call('POST', f'/session/{sid}/url', {'url': BASE + '/'})
    for cookie in cookies_of(email) + [{'name': 'lang', 'value': language, 'path': '/'}]:
        call('POST', f'/session/{sid}/cookie', {'cookie': cookie})
    return sid


TIMINGS = '''const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource');
return JSON.stringify({html: n.decodedBodySize, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,
  css: r.filter(e => e.initiatorType === 'link').reduce((s, e) => s + e.decodedBodySize, 0),
  js: r.filter(e => e.initiatorType === 'script').reduce((s, e) => s + e.decodedBodySize, 0),
  other: r.filter(e => e.initiatorType !== 'link' && e.initiatorType !== 'script').reduce((s, e) => s + e.decodedBodySize, 0),
  thirdParty: r.filter(e => !e.name.startsWith(location.origin)).length});'''


def first_link(path, pattern):
    page = urllib.request.urlopen(BASE + path).read().decode()
    return re.search(pattern, page).group(0)[6:-1]


def main():
    listing = first_link('/listings', r'href="/listings/\d+"')
    member, staff = 'lingang@bridgehead.example', 'staff@bridgehead.example'
    pages = [(None, '/'), (None, '/search?q=port'), (None, '/search?q=' + urllib.parse.quote('港口')), (None, '/listings'), (None, listing),
             (None, '/register'), (member, '/my/needs'), (member, '/my/inbox'), (staff, '/staff/matches'), (staff, '/staff/dashboard'),
             (staff, '/staff/audit')]
    print('| page | language | HTML | CSS | JS | total (uncompressed) | DOMContentLoaded | load | third-party requests |')
    print('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for language in ('en', 'zh'):
        sessions = {}
        for who, path in pages:
            sid = sessions.setdefault(who, browser(who, language))
            call('POST', f'/session/{sid}/url', {'url': BASE + path})
            t = json.loads(call('POST', f'/session/{sid}/execute/sync', {'script': TIMINGS, 'args': []}))
            total = t['html'] + t['css'] + t['js'] + t['other']
            print('| `%s` | %s | %.1f KB | %.1f KB | %.1f KB | **%.1f KB** | %.0f ms | %.0f ms | %d |' % (
                urllib.parse.unquote(path), language, t['html'] / 1024, t['css'] / 1024, t['js'] / 1024, total / 1024, t['dcl'], t['load'],
                t['thirdParty']))
        for sid in sessions.values():
            call('DELETE', f'/session/{sid}')


if __name__ == '__main__':
    main()
