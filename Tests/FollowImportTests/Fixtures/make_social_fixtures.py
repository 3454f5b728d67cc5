#!/usr/bin/env python3
"""Writes the Instagram/Threads, LinkedIn and X follow-list fixtures (issue 14).

Run from this folder: python3 make_social_fixtures.py. The files copy the layouts of real
exports (../shared/reference/exports/instagram, linkedin) with invented accounts.
"""
import json
import os


def put(path, data):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def meta_json(value):
    """Meta's JSON style: two-space indent, empty arrays written open with a blank line."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return text.replace('[]', '[\n        \n      ]')


def entry(name, ts, value=True, u=False, title=None, host='https://www.instagram.com/'):
    link = host + ('_u/' if u else '') + name
    item = {'href': link, 'timestamp': ts}
    if value:
        item['value'] = name
    out = {'title': title if title is not None else ('' if value else name)}
    if value:
        out['media_list_data'] = []
    out['string_list_data'] = [item]
    return out


IG = 'instagram/json-2026'
FF = f'{IG}/connections/followers_and_following'


def instagram_json():
    put(f'{FF}/followers_1.json', meta_json([
        entry('Ada.Lovelace', 1733433674),
        entry('grace_h', 1733383743),
        entry('linus.t', 1733233551),
        {'title': '', 'media_list_data': [], 'string_list_data': [{'href': '', 'timestamp': 1733000000}]},
    ]))
    put(f'{FF}/followers_2.json', meta_json([
        entry('katherine.j', 1732000000),
        entry('ada.lovelace', 1733433674),
    ]))
    put(f'{FF}/following.json', meta_json({'relationships_following': [
        entry('ada.lovelace', 1776177738, value=False, u=True),
        entry('grace_h', 1774181038, value=False, u=True),
        entry('margaret.h', 1768640450, value=False, u=True),
        entry('dennis_r', 1768639555, value=False, u=True),
        entry('alan.t', 1768000000, value=False, u=True, title=''),
    ]}))
    put(f'{FF}/pending_follow_requests.json', meta_json(
        {'relationships_follow_requests_sent': [entry('barbara.l', 1727545292)]}))
    put(f'{FF}/recently_unfollowed_profiles.json', meta_json(
        {'relationships_unfollowed_users': [entry('edsger.d', 1733134613), entry('Edsger.D', 1733134000)]}))
    put(f'{FF}/close_friends.json', meta_json(
        {'relationships_close_friends': [entry('grace_h', 1700000000)]}))
    put(f'{FF}/restricted_profiles.json', meta_json(
        {'relationships_restricted_users': [entry('troll.account', 1700000100, value=False, u=True)]}))
    put(f'{FF}/blocked_profiles.json', json.dumps({
        'timestamp': 1751439108, 'media': [],
        'label_values': [
            {'label': 'URL', 'value': 'http://example.com'},
            {'label': 'Name', 'value': 'Spam | Deals | Daily'},
            {'label': 'Username', 'value': 'spam.account'},
        ],
        'fbid': '17841400000000000'}, indent=2))
    put(f'{FF}/removed_suggestions.json', meta_json(
        {'relationships_dismissed_suggested_users': [entry('someone.else', 1605550777)]}))
    put(f'{IG}/personal_information/personal_information/personal_information.json', json.dumps({
        'profile_user': [{
            'media_map_data': {'Profile Photo': {'uri': 'media/profile.jpg', 'creation_timestamp': 1600000000}},
            'string_map_data': {
                'Email': {'href': '', 'value': 'owner@example.com', 'timestamp': 0},
                'Username': {'href': '', 'value': 'Test.Owner', 'timestamp': 0},
                'Name': {'href': '', 'value': 'Test Owner', 'timestamp': 0},
            }}]}, indent=2))
    threads = f'{IG}/your_instagram_activity/threads'
    put(f'{threads}/followers.json', meta_json({'text_post_app_text_post_app_followers': [
        entry('ada.lovelace', 1740000000, host='https://www.threads.net/@'),
    ]}))
    put(f'{threads}/following.json', meta_json({'text_post_app_text_post_app_following': [
        entry('grace_h', 1740000100, host='https://www.threads.com/@'),
        entry('Joan.C', 1740000200, value=False, title='', host='https://www.threads.net/@'),
    ]}))


HEAD = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        '<base href="../../" /><style type="text/css">h1{font-size:14px}</style><title>{title}'
        '</title></head><body class="_5vb_ _2yq _a7o5"><div class="clearfix _ikh"><div '
        'class="_4bl9"><div class="_li"><div class="_a705"><div><div class="_3-8y _3-95 _a70a">'
        '<div class="_a70d"><div class="_a70e">{title}</div></div></div></div><div class="_a706" '
        'role="main">')
TAIL = '</div></div></div></div></div></body></html>'


def classic(name, date, title_div=False):
    link = f'https://www.instagram.com/{"_u/" if title_div else ""}{name}'
    text = link if title_div else name
    head = f'<div class="_3-95 _2pim _a6-h _a6-i">{name}</div>' if title_div else ''
    return (f'<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">{head}<div class="_a6-p">'
            f'<div><div><a target="_blank" href="{link}">{text}</a></div><div>{date}</div></div>'
            '</div></div>')


def newer(name, date):
    link = f'https://www.instagram.com/_u/{name}'
    return (f'<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim '
            f'_a6-h _a6-i">{name}</h2><div class="_a6-p"><div><div><a target="_blank" '
            f'href="{link}">{link}</a></div><div>{date}</div></div></div></div>')


def page(title, blocks):
    return HEAD.replace('{title}', title) + ''.join(blocks) + TAIL


def instagram_html():
    base = 'instagram/html-2025/connections/followers_and_following'
    put(f'{base}/followers_1.html', page('Followers', [
        classic('ada.lovelace', 'Mar 23, 2025 6:45 am'),
        classic('Grace_H', 'Feb 27, 2025 9:28 pm'),
        classic('linus.t', '23. März 2025, 18:45'),
        classic('katherine.j', 'gestern'),
    ]))
    put(f'{base}/following.html', page('Following', [
        newer('ada.lovelace', 'Mar 24, 2025 10:02 am'),
        newer('grace_h', 'Mar 12, 2025 12:54 am'),
        newer('margaret.h', '2 de marzo de 2025 6:45 p. m.'),
    ]))
    put(f'{base}/blocked_profiles.html', page('Blocked profiles', [
        classic('spam.account', 'Mar 24, 2025 5:12 am', title_div=True),
    ]))
    put(f"{base}/follow_requests_you've_received.html", page(
        'Follow Requests You&#039;ve Received', [classic('fan.account', 'Nov 02, 2025 9:03 am')]))


def instagram_2020():
    """The download before 2021: every list in connections.json, the owner in profile.json."""
    put('instagram/json-2020/connections.json', json.dumps({
        'close_friends': {'grace_h': '2020-03-01T10:00:00+00:00'},
        'blocked_users': {'spam.account': '2019-11-02T08:00:00+00:00'},
        'restricted_users': {},
        'follow_requests_sent': {'barbara.l': '2020-04-30T23:00:00+02:00'},
        'followers': {'Ada.Lovelace': '2020-01-02T03:04:05+00:00', 'grace_h': '2019-12-24T18:00:00+00:00'},
        'following': {'ada.lovelace': '2020-01-01T00:00:00+00:00', 'margaret.h': '2018-06-01T12:00:00+00:00'},
        'following_hashtags': {'swift': '2019-01-01T00:00:00+00:00'},
        'dismissed_suggested_users': {'someone.else': '2019-01-01T00:00:00+00:00'},
    }, indent=2))
    put('instagram/json-2020/profile.json', json.dumps({
        'biography': '', 'date_joined': '2015-02-03T04:05:06+00:00', 'email': 'owner@example.com',
        'gender': 'female', 'name': 'Test Owner', 'private_account': True,
        'profile_pic_url': 'https://example.com/p.jpg', 'username': 'Test.Owner'}, indent=2))


def linkedin():
    put('linkedin/2024-05/Connections.csv', (
        'Notes:\n'
        '"When exporting your connection data, you may notice that some of the email addresses '
        'are missing. You will only see email addresses for connections who have allowed their '
        'connections to see or download their email address using this setting '
        'https://www.linkedin.com/psettings/privacy/email. You can learn more here '
        'https://www.linkedin.com/help/linkedin/answer/261"\n'
        '\n'
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
        'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Analytical Engines,Engineer,30 May 2024\n'
        'Grace,Hopper,https://www.linkedin.com/in/Grace-Hopper-1906/,,"Navy, Inc",Rear Admiral,28 May 2024\n'
        ',,,,,,02 Jun 2022\n'
        'Alan,Turing,https://www.linkedin.com/in/alan-turing-1912,,Bletchley,Cryptanalyst,08 Jan 2018\n'))
    put('linkedin/2024-11/Connections.csv', (
        'Notes:\n'
        '"When exporting your connection data, you may notice that some of the email addresses '
        'are missing."\n'
        '\n'
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
        'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Analytical Engines,Engineer,30 May 2024\n'
        'Alan,Turing,https://www.linkedin.com/in/alan-turing-1912,,Bletchley,Cryptanalyst,08 Jan 2018\n'
        'Katherine,Johnson,https://www.linkedin.com/in/katherine-johnson,,NASA,Mathematician,03 Nov 2024\n'))
    put('linkedin/2018/Connections.csv', (
        'First Name,Last Name,Email Address,Company,Position,Connected On\r\n'
        'Ada,Lovelace,,Analytical Engines,Engineer,"1/8/18, 6:14 PM"\r\n'
        'Ada,Lovelace,,Other Company,Engineer,"3/2/17, 9:05 AM"\r\n'
        'Edsger,Dijkstra,,Eindhoven,Professor,"12/31/16, 11:59 PM"\r\n'
        ',,,,,"2/2/17, 1:00 PM"\r\n'))


def x_lists():
    users = [
        {'id': '1001', 'screen_name': 'ada', 'name': 'Ada L', 'description': 'Engines\nand notes',
         'profile_image_url': 'https://pbs.twimg.com/profile_images/1/a_normal.jpg',
         'followers_count': 52000, 'friends_count': 300, 'statuses_count': 1200,
         'favourites_count': 10, 'listed_count': 400, 'location': 'London',
         'website': None, 'birthdate': None, 'verified_type': None, 'is_blue_verified': False,
         'following': True, 'followed_by': True, 'can_dm': True, 'protected': False,
         'created_at': '2009-03-04 05:06:07 +00:00', 'url': 'https://x.com/ada'},
        {'id': '1002', 'screen_name': 'grace', 'name': 'Grace H', 'description': '',
         'profile_image_url': 'https://pbs.twimg.com/profile_images/2/g_normal.jpg',
         'followers_count': 12, 'friends_count': 80, 'statuses_count': 30,
         'favourites_count': 1, 'listed_count': 0, 'location': '',
         'website': None, 'birthdate': None, 'verified_type': None, 'is_blue_verified': True,
         'following': False, 'followed_by': True, 'can_dm': False, 'protected': False,
         'created_at': '2015-01-02 03:04:05 +00:00', 'url': 'https://x.com/grace'},
        {'screen_name': 'no_id', 'name': 'No Id', 'followers_count': 1, 'friends_count': 1},
    ]
    put('x-follow-list/twitter-Followers-1733500000000.json', json.dumps(users, indent=2))
    header = ('id,screen_name,name,description,profile_image_url,profile_banner_url,'
              'followers_count,friends_count,statuses_count,favourites_count,listed_count,'
              'location,website,birthdate,verified_type,is_blue_verified,following,followed_by,'
              'can_dm,protected,created_at,url\n')
    rows = [
        '"1001","ada","Ada L","Engines\\nand notes","https://pbs.twimg.com/1.jpg",,52000,300,'
        '1200,10,400,"London",,,,false,true,true,true,false,"2009-03-04 05:06:07 +00:00",'
        '"https://x.com/ada"\n',
        '"1003","margaret","Margaret ""Maggie"" H","Apollo, guidance","https://pbs.twimg.com/3.jpg",,'
        '900,90,9,1,2,"",,,,false,true,false,false,false,"2011-05-06 07:08:09 +00:00",'
        '"https://x.com/margaret"\n',
    ]
    put('x-follow-list/twitter-Following-1733500000000.csv', b'\xef\xbb\xbf' + (header + ''.join(rows)).encode())
    def api_user(uid, name, followers):
        return {'id': uid, 'name': name.title(), 'username': name, 'created_at': '2012-01-01T00:00:00.000Z',
                'verified': False, 'public_metrics': {'followers_count': followers, 'following_count': 10,
                                                      'tweet_count': 100, 'listed_count': 1}}
    put('x-follow-list/api-page-1.json', json.dumps({
        'data': [api_user('2001', 'katherine', 700), api_user('2002', 'dorothy', 80)],
        'meta': {'result_count': 2, 'next_token': 'ABCDEF'}}, indent=2))
    put('x-follow-list/api-page-2.json', json.dumps({
        'data': [api_user('2003', 'mary', 90)], 'meta': {'result_count': 1}}, indent=2))
    put('x-follow-list/api-pages.jsonl', json.dumps({
        'data': [api_user('2001', 'katherine', 700)], 'meta': {'result_count': 1, 'next_token': 'X1'}})
        + '\n' + json.dumps({'data': [api_user('2002', 'dorothy', 80)], 'meta': {'result_count': 1}}) + '\n')


def malformed():
    m = 'malformed'
    put(f'{m}/instagram-bad-json/connections/followers_and_following/followers_1.json',
        '[\n  {"title": "", "string_list_data": [\n')
    put(f'{m}/instagram-entry-not-object/connections/followers_and_following/following.json',
        '{"relationships_following": [{"title": "a", "string_list_data": []}, 42]}')
    put(f'{m}/instagram-no-list-key/followers_and_following/followers.json',
        '{"something_else": []}')
    put(f'{m}/instagram-only-requests/connections/followers_and_following/pending_follow_requests.json',
        '{"relationships_follow_requests_sent": []}')
    put(f'{m}/instagram-invalid-utf8/connections/followers_and_following/followers_1.html',
        b'<html><body><div role="main"><a href="https://www.instagram.com/a">\xff</a></div></body></html>')
    put(f'{m}/instagram-many-entries/connections/followers_and_following/followers_1.json',
        json.dumps([entry(f'user{i}', 1700000000 + i) for i in range(4)]))
    put(f'{m}/threads-no-lists/your_instagram_activity/threads/threads_and_replies.json', '{}')
    put(f'{m}/linkedin-no-header.csv', 'Notes:\n' + 'Some text\n' * 25)
    put(f'{m}/linkedin-quote-never-closed.csv',
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
        'Ada,"Lovelace,https://www.linkedin.com/in/ada,,X,Y,30 May 2024\n')
    put(f'{m}/x-follow-list-bad-header.csv', 'id,handle\n1,a\n')
    put(f'{m}/x-follow-list-not-users.json', '[1, 2, 3]')
    put(f'{m}/x-follow-list-bad-page.json', '{"data": {"id": "1"}, "meta": {"result_count": 1}}')
    put(f'{m}/x-follow-list-bad-jsonl-line.jsonl',
        '{"data": [{"id": "1", "username": "a"}], "meta": {"result_count": 1, "next_token": "T"}}\n'
        '{"data": [{"id": "2", "username": "b"}], "meta": \n')


if __name__ == '__main__':
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    instagram_json()
    instagram_html()
    instagram_2020()
    linkedin()
    x_lists()
    malformed()
