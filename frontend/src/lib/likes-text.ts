/** "1 like", "3 likes": beside each like button, on the server and in the page script. */
export const likesText = (likes: number) => (likes === 1 ? '1 like' : `${likes} likes`);
