-- POST /api/v1/coach with a draft that triggers findings; the token comes from HAVEN_TOKEN.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("HAVEN_TOKEN")
wrk.body = '{"text": "You never listen to me, you always do this. Whatever.", "context": [{"speaker": "Sam", "text": "Why are you late again?"}]}'
